package se.finsam.stats.cli.internal;

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
import se.finsam.cli.Json;
import se.finsam.cli.StoreAccess;
import se.finsam.cli.Table;
import se.finsam.core.Formats;
import se.finsam.model.Association;
import se.finsam.model.Project;
import se.finsam.stats.ProjectStatistics;
import se.finsam.stats.ReaderFigures;
import se.finsam.stats.StatTable;
import se.finsam.stats.Statistics;
import se.finsam.stats.StatsJson;
import se.finsam.stats.StatsQuery;
import se.finsam.store.PublishedFigures;
import se.finsam.store.Store;
import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;

/** {@code ./finsam stats --project DNR [--from DATE] [--to DATE] [--json] [--internal]}. */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=stats")
public class StatsCommand implements CliCommand {

	@Reference
	private StoreService stores;

	@Override
	public String name() {
		return "stats";
	}

	@Override
	public String summary() {
		return Messages.Stats_summary;
	}

	@Override
	public String usage() {
		return Messages.Stats_usage;
	}

	@Override
	public int run(Arguments args, CommandContext context) throws CliException {
		StoreKey key = StoreAccess.key(args, context);
		String dnr = args.required("--project");
		LocalDate from = args.date("--from");
		LocalDate to = args.date("--to");
		boolean json = args.flag("--json");
		boolean internal = args.flag("--internal");
		Optional<String> association = args.option(StoreAccess.ASSOCIATION);
		args.done();
		if (from != null && to != null && to.isBefore(from)) {
			throw CliException.usage(NLS.bind(Messages.Stats_datesOutOfOrder, from, to));
		}
		ProjectStatistics stats;
		try (Store store = StoreAccess.open(stores, key, context)) {
			Association a = StoreAccess.association(store, association);
			if (store.readOnly()) {
				if (from != null || to != null || internal) {
					throw CliException.usage(Messages.Stats_readerOptions);
				}
				return published(store, StoreAccess.header(a, dnr), json, context);
			}
			Project project = StoreAccess.project(store, a, dnr);
			stats = Statistics.compute(project, new StatsQuery(from, to, !internal));
		} catch (StoreException e) {
			throw StoreAccess.failure(e);
		}
		if (json) {
			context.out().println(Json.write(StatsJson.of(stats)));
		} else {
			print(stats.diarienummer(), stats.name(), stats.from(), stats.to(), stats.tables(), context);
		}
		return 0;
	}

	/**
	 * A team server's reader: the figures the last save with the key published (granted period to that day, small
	 * counts suppressed by the client); she never reads a participant.
	 */
	private static int published(Store store, Project project, boolean json, CommandContext context)
			throws CliException {
		PublishedFigures p = store.publishedFigures(project.getId()).orElseThrow(() -> new CliException(NLS.bind(
				Messages.Stats_nonePublished, project.getDiarienummer()), CliException.USAGE, null));
		ReaderFigures f = ReaderFigures.read(p.content());
		if (json) {
			context.out().println(Json.write(ReaderFiguresJson.of(f, p.computedAt())));
		} else {
			context.out().println(NLS.bind(Messages.Stats_published, Formats.dateTime(p.computedAt())));
			print(f.diarienummer(), f.name(), f.from(), f.to(), f.tables(), context);
		}
		return 0;
	}


	private static void print(String diarienummer, String name, LocalDate from, LocalDate to, List<StatTable> tables,
			CommandContext context) {
		context.out().println(diarienummer + " " + name + "   " + Formats.date(from) + " – " + Formats.date(to));
		for (StatTable t : tables) {
			if (t.rows().isEmpty()) {
				continue;
			}
			context.out().println();
			context.out().println(t.title());
			Table table = new Table(t.columns().toArray(String[]::new));
			for (int c = 1; c < t.columns().size(); c++) {
				table.alignRight(c);
			}
			for (var row : t.rows()) {
				table.row(row.stream().map(StatTable.Cell::text).toArray());
			}
			table.print(context.out());
			if (t.note() != null) {
				context.out().println(t.note());
			}
		}
	}
}
