package se.finsam.reports.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.finsam.cli.Arguments;
import se.finsam.cli.CliCommand;
import se.finsam.cli.CliException;
import se.finsam.cli.CommandContext;
import se.finsam.cli.StoreAccess;
import se.finsam.cli.Table;
import se.finsam.core.Formats;
import se.finsam.core.Settings;
import se.finsam.core.Settings.ReportFormat;
import se.finsam.model.Association;
import se.finsam.model.Project;
import se.finsam.model.ReportInstance;
import se.finsam.reports.Designs;
import se.finsam.reports.RenderRequest;
import se.finsam.reports.ReportException;
import se.finsam.reports.ReportInstances;
import se.finsam.reports.ReportPeriods;
import se.finsam.reports.ReportService;
import se.finsam.reports.Templates;
import se.finsam.store.Store;
import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;

/**
 * {@code ./finsam report --list}; {@code ./finsam report --project DNR --template ID [--from --to] [--format F]
 * --out FILE [--internal]}; {@code ./finsam report --design FILE.rptdesign --out FILE}.
 */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=report")
public class ReportCommand implements CliCommand {

	@Reference
	private StoreService stores;

	/** Got when the command runs: every command is activated for --help, and BIRT should not start then. */
	@Reference
	private ComponentServiceObjects<ReportService> engine;

	private ReportService reports;

	@Override
	public String name() {
		return "report";
	}

	@Override
	public String summary() {
		return Messages.Report_summary;
	}

	@Override
	public String usage() {
		return Messages.Report_usage;
	}

	@Override
	public int run(Arguments args, CommandContext context) throws CliException {
		reports = engine.getService(); // starts the engine in the background now
		try {
			return report(args, context);
		} finally {
			engine.ungetService(reports);
			reports = null;
		}
	}

	/**
	 * Renders a small page nobody sees on the other core while this one opens the store and loads the project, so
	 * that the real render finds BIRT's layout, chart and PDF classes loaded: the cold command 2.85 → 2.6 s
	 * (measured; a whole example report as primer was still running when the real render began, and gained nothing).
	 */
	private void primeRenderer() {
		ReportService service = reports;
		Thread.ofPlatform().daemon().name("finsam-report-prime").start(() -> {
			try {
				service.prime();
			} catch (ReportException | RuntimeException | LinkageError e) {
				// the real render meets any real problem and reports it; the engine may also stop under the primer
				// when the command has finished first
			}
		});
	}

	private int report(Arguments args, CommandContext context) throws CliException {
		if (args.flag("--list")) {
			args.done();
			list(context);
			designs(context);
			return 0;
		}
		StoreKey key = StoreAccess.key(args, context);
		Optional<String> designFile = args.option("--design");
		Optional<String> dnr = designFile.isPresent() ? Optional.empty() : Optional.of(args.required("--project"));
		Optional<String> templateId = designFile.isPresent() ? Optional.empty() : Optional.of(args.required("--template"));
		Path out = Path.of(args.required("--out"));
		ReportFormat format = format(args.option("--format"), out);
		LocalDate from = args.date("--from");
		LocalDate to = args.date("--to");
		boolean internal = args.flag("--internal");
		Optional<String> association = args.option(StoreAccess.ASSOCIATION);
		args.done();
		if (from != null && to != null && to.isBefore(from)) {
			throw CliException.usage(NLS.bind(Messages.Report_datesOutOfOrder, from, to));
		}
		Templates.Installed template = templateId.isEmpty() ? null
				: Templates.find(templateId.get()).orElseThrow(() -> CliException.usage(
						NLS.bind(Messages.Report_noTemplate, templateId.get())));
		long start = System.nanoTime();
		if (template != null) {
			primeRenderer();
		}
		try (Store store = StoreAccess.open(stores, key, context)) {
			if (designFile.isPresent()) {
				reports.prepareDesignFolder(context.dataLocation());
				Path design = Designs.find(context.dataLocation(), designFile.get()).orElseThrow(
						() -> CliException.usage(NLS.bind(Messages.Report_noDesign, designFile.get())));
				try (Connection connection = store.designConnection()) { // the views only, read only
					reports.renderDesign(design, connection, format, out);
				}
			} else {
				Association a = StoreAccess.association(store, association);
				Project project = StoreAccess.project(store, a, dnr.get());
				ReportInstance report = stored(project, template.template().getId(), from, to).orElseGet(() -> {
					ReportPeriods.Span span = ReportPeriods.choose(template.template().getKind(), project,
							LocalDate.now(), from, to);
					return ReportInstances.create(project, template.template(), span.from(), span.to());
				});
				reports.render(new RenderRequest(project, template, report, format, internal), out);
			}
		} catch (StoreException e) {
			throw StoreAccess.failure(e);
		} catch (ReportException e) {
			throw new CliException(e.getMessage(), e);
		} catch (SQLException | IOException e) {
			throw new CliException(e.getMessage(), e);
		}
		context.out().println(NLS.bind(Messages.Report_written, out,
				Formats.decimal(java.math.BigDecimal.valueOf((System.nanoTime() - start) / 1e9))));
		return 0;
	}

	/** The newest report of this template kept in the project, when no other period was asked for. */
	private static Optional<ReportInstance> stored(Project project, String templateId, LocalDate from, LocalDate to) {
		if (from != null || to != null) {
			return Optional.empty();
		}
		return project.getReports().stream().filter(r -> templateId.equals(r.getTemplateId()))
				.max(Comparator.comparing(r -> r.getModified() == null ? LocalDate.MIN : r.getModified()));
	}

	private static void list(CommandContext context) {
		Table table = new Table(Messages.Report_id, Messages.Report_name, Messages.Report_kind, Messages.Report_bundle);
		for (Templates.Installed t : Templates.installed()) {
			table.row(t.template().getId(), t.template().getName(), ReportPeriods.name(t.template().getKind()), t.bundle());
		}
		table.print(context.out());
	}

	/** The power users' designs: the data location's reports/ folder (prepared on first use) and bundles'. */
	private void designs(CommandContext context) throws CliException {
		try {
			Path folder = reports.prepareDesignFolder(context.dataLocation());
			context.out().println();
			context.out().println(NLS.bind(Messages.Report_designs, folder));
			Table table = new Table(Messages.Report_name, Messages.Report_bundle);
			for (Designs.Design d : Designs.list(context.dataLocation())) {
				table.row(d.name(), d.bundle() == null ? Designs.FOLDER + "/" + d.file().getFileName() : d.bundle());
			}
			table.print(context.out());
		} catch (ReportException | IOException e) {
			throw new CliException(e.getMessage(), e);
		}
	}

	private static ReportFormat format(Optional<String> option, Path out) throws CliException {
		if (option.isPresent()) {
			ReportFormat f = ReportFormat.parse(option.get());
			if (f == null) {
				throw CliException.usage(NLS.bind(Messages.Report_badFormat, option.get()));
			}
			return f;
		}
		String name = out.getFileName().toString();
		ReportFormat byName = ReportFormat.parse(name.substring(name.lastIndexOf('.') + 1));
		return byName != null ? byName : Settings.load().reportFormat();
	}

}
