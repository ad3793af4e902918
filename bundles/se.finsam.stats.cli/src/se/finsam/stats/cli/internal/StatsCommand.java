package se.finsam.stats.cli.internal;

import java.time.LocalDate;
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
import se.finsam.stats.StatTable;
import se.finsam.stats.Statistics;
import se.finsam.stats.StatsJson;
import se.finsam.stats.StatsQuery;
import se.finsam.store.Store;
import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;

/** {@code ./finsam stats --project DNR [--from DATE] [--to DATE] [--json] [--internal]}. */
@Component(service = CliCommand.class)
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
			Project project = StoreAccess.project(store, a, dnr);
			stats = Statistics.compute(project, new StatsQuery(from, to, !internal));
		} catch (StoreException e) {
			throw StoreAccess.failure(e);
		}
		if (json) {
			context.out().println(Json.write(StatsJson.of(stats)));
		} else {
			print(stats, context);
		}
		return 0;
	}


	private static void print(ProjectStatistics stats, CommandContext context) {
		context.out().println(stats.diarienummer() + " " + stats.name() + "   " + Formats.date(stats.from()) + " – "
				+ Formats.date(stats.to()));
		for (StatTable t : stats.tables()) {
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
