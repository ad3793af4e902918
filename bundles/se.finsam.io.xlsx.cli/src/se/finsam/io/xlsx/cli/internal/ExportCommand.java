package se.finsam.io.xlsx.cli.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.finsam.cli.Arguments;
import se.finsam.cli.CliCommand;
import se.finsam.cli.CliException;
import se.finsam.cli.CommandContext;
import se.finsam.cli.StoreAccess;
import se.finsam.io.xlsx.SpreadsheetException;
import se.finsam.io.xlsx.XlsxExport;
import se.finsam.model.Association;
import se.finsam.model.Project;
import se.finsam.stats.Statistics;
import se.finsam.stats.StatsQuery;
import se.finsam.store.AuditEntry;
import se.finsam.store.Store;
import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;

/** {@code ./finsam export participants|budget|stats --project DNR --out FILE.xlsx}. */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=export")
public class ExportCommand implements CliCommand {

	@Reference
	private StoreService stores;

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String summary() {
		return Messages.Export_summary;
	}

	@Override
	public String usage() {
		return Messages.Export_usage;
	}

	@Override
	public int run(Arguments args, CommandContext context) throws CliException {
		StoreKey key = StoreAccess.key(args, context);
		String dnr = args.required("--project");
		String out = args.required("--out");
		boolean personnummer = args.flag("--with-personnummer");
		boolean personal = args.flag("--with-personal-data");
		boolean internal = args.flag("--internal");
		LocalDate from = args.date("--from");
		LocalDate to = args.date("--to");
		Optional<String> association = args.option(StoreAccess.ASSOCIATION);
		List<String> what = args.positionals();
		args.done();
		if (what.size() != 1 || !List.of("participants", "budget", "stats").contains(what.get(0))) {
			throw CliException.usage(Messages.Export_what);
		}
		Path file = Path.of(out);
		try (Store store = StoreAccess.open(stores, key, context)) {
			Association a = StoreAccess.association(store, association);
			Project project = StoreAccess.project(store, a, dnr);
			switch (what.get(0)) {
			case "participants" -> {
				// Accountable: who, when, which project, which file; never the data. Recorded once the workbook is
				// written and before it appears at its name: a failed write records nothing, a failed record no file.
				XlsxExport.participants(project, personnummer, personal, file, () -> {
					if (personnummer || personal) {
						store.record(new AuditEntry(Instant.now(), System.getProperty("user.name"),
								AuditEntry.EXPORT_PERSONAL, project.getId(), file.getFileName().toString(),
								((personnummer ? "--with-personnummer " : "") + (personal ? "--with-personal-data" : ""))
										.strip()));
					}
				});
			}
			case "budget" -> XlsxExport.budget(project, file);
			default -> XlsxExport.statistics(Statistics.compute(project, new StatsQuery(from, to, !internal)), file);
			}
		} catch (SpreadsheetException e) {
			throw new CliException(e.getMessage(), e);
		} catch (StoreException e) {
			throw StoreAccess.failure(e);
		}
		context.out().println(NLS.bind(Messages.Export_written, file));
		return 0;
	}
}
