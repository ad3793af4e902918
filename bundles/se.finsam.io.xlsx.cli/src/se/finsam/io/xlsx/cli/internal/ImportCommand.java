package se.finsam.io.xlsx.cli.internal;

import java.nio.file.Path;
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
import se.finsam.core.Formats;
import se.finsam.io.xlsx.BudgetImport;
import se.finsam.io.xlsx.CellProblem;
import se.finsam.io.xlsx.DisImport;
import se.finsam.io.xlsx.ImportOptions;
import se.finsam.io.xlsx.ImportPreview;
import se.finsam.io.xlsx.ImportPreview.RowStatus;
import se.finsam.io.xlsx.ImportProgress;
import se.finsam.io.xlsx.ImportResult;
import se.finsam.io.xlsx.SpreadsheetException;
import se.finsam.io.xlsx.XlsxExport;
import se.finsam.model.Association;
import se.finsam.model.Project;
import se.finsam.store.Store;
import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;

/**
 * {@code ./finsam import FILE [--project DNR] [--create-projects] [--dry-run] [--valid-rows-only] [--problems OUT]}
 * and {@code ./finsam import --budget FILE --project DNR}.
 */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=import")
public class ImportCommand implements CliCommand {

	/** Problems printed; the rest go to --problems FILE.xlsx. */
	private static final int SHOWN = 30;

	@Reference
	private StoreService stores;

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String summary() {
		return Messages.Import_summary;
	}

	@Override
	public String usage() {
		return Messages.Import_usage;
	}

	@Override
	public int run(Arguments args, CommandContext context) throws CliException {
		StoreKey key = StoreAccess.key(args, context);
		Optional<String> project = args.option("--project");
		Optional<String> association = args.option(StoreAccess.ASSOCIATION);
		Optional<String> problemsFile = args.option("--problems");
		boolean budget = args.flag("--budget");
		boolean create = args.flag("--create-projects");
		boolean dryRun = args.flag("--dry-run");
		boolean validOnly = args.flag("--valid-rows-only");
		java.util.Map<String, String> mapping = columns(args.options("--column"));
		List<String> files = args.positionals();
		args.done();
		if (files.size() != 1) {
			throw CliException.usage(Messages.Import_oneFile);
		}
		Path file = se.finsam.cli.InputFiles.readable(files.get(0));
		try (Store store = StoreAccess.open(stores, key, context)) {
			Association a = StoreAccess.association(store, association);
			if (budget) {
				Project p = StoreAccess.project(store, a,
						project.orElseThrow(() -> CliException.usage(Messages.Import_budgetNeedsProject)));
				return budget(file, p, dryRun ? null : store, context);
			}
			ImportOptions options = new ImportOptions(project.orElse(null), create, validOnly, mapping, null);
			if (dryRun) {
				ImportPreview preview = DisImport.analyse(file, store, a.getId(), options, ImportProgress.NONE);
				print(file, preview, problemsFile, context);
				context.out().println(Messages.Import_dryRun);
				return preview.problems().isEmpty() ? 0 : 1;
			}
			// Nobody looks at the preview before it is stored: read and store in one pass (the same outcome).
			DisImport.Outcome outcome = DisImport.importNow(file, store, a.getId(), options, ImportProgress.NONE);
			print(file, outcome.preview(), problemsFile, context);
			return report(outcome.preview(), outcome.result(), context);
		} catch (SpreadsheetException e) {
			throw new CliException(e.getMessage(), e);
		} catch (StoreException e) {
			throw StoreAccess.failure(e);
		}
	}

	/** {@code --column "Namn=personal"}: each heading's fate (personal, plain, ignore, or one of our columns). */
	private static java.util.Map<String, String> columns(List<String> given) throws CliException {
		java.util.Map<String, String> mapping = new java.util.LinkedHashMap<>();
		for (String g : given) {
			int eq = g.lastIndexOf('=');
			String what = eq < 0 ? "" : g.substring(eq + 1).strip();
			String value = switch (what) {
			case "personal" -> ImportOptions.EXTRA_PERSONAL;
			case "plain" -> ImportOptions.EXTRA_PLAIN;
			case "ignore" -> ImportOptions.IGNORE;
			default -> se.finsam.io.xlsx.DisColumn.byId(what).map(se.finsam.io.xlsx.DisColumn::id).orElse(null);
			};
			if (eq <= 0 || value == null) {
				throw CliException.usage(NLS.bind(Messages.Import_badColumn, g));
			}
			mapping.put(g.substring(0, eq).strip(), value);
		}
		return mapping;
	}

	private static void print(Path file, ImportPreview preview, Optional<String> problemsFile, CommandContext context)
			throws SpreadsheetException {
		print(file, preview, context);
		if (problemsFile.isPresent() && !preview.problems().isEmpty()) {
			XlsxExport.problems(preview.problems(), Path.of(problemsFile.get()));
			context.out().println(NLS.bind(Messages.Import_problemsWritten, problemsFile.get()));
		}
	}

	private static void print(Path file, ImportPreview preview, CommandContext context) {
		List<String> sheets = preview.sheets().stream().filter(s -> s.headerRow() > 0).map(s -> s.name()).toList();
		context.out().println(NLS.bind(Messages.Import_read,
				new Object[] { Formats.count(preview.rowsRead()), file.getFileName(), String.join(", ", sheets) }));
		var counts = preview.counts();
		context.out().println(NLS.bind(Messages.Import_counts,
				new Object[] { Formats.count(counts.get(RowStatus.NEW)), Formats.count(counts.get(RowStatus.UPDATE)),
						Formats.count(counts.get(RowStatus.UNCHANGED)), Formats.count(counts.get(RowStatus.INVALID)) }));
		if (!preview.projectsToCreate().isEmpty()) {
			context.out().println(NLS.bind(Messages.Import_projectsToCreate, String.join(", ", preview.projectsToCreate())));
		}
		printProblems(preview.problems(), context);
	}

	private static void printProblems(List<CellProblem> problems, CommandContext context) {
		if (problems.isEmpty()) {
			return;
		}
		context.out().println(NLS.bind(Messages.Import_problems, Formats.count(problems.size())));
		problems.stream().limit(SHOWN).forEach(p -> context.out().println("  " + p));
		if (problems.size() > SHOWN) {
			context.out().println(NLS.bind(Messages.Import_moreProblems, Formats.count(problems.size() - SHOWN)));
		}
	}

	private static int report(ImportPreview preview, ImportResult result, CommandContext context) {
		if (result.stored()) {
			context.out().println(NLS.bind(Messages.Import_stored, new Object[] { Formats.count(result.created()),
					Formats.count(result.updated()), Formats.count(result.skipped()) }));
			return 0;
		}
		if (!preview.problems().isEmpty()) {
			int valid = preview.counts().get(RowStatus.NEW) + preview.counts().get(RowStatus.UPDATE);
			context.out().println(NLS.bind(Messages.Import_nothingStored, Formats.count(valid)));
			return 1;
		}
		context.out().println(Messages.Import_nothingToDo);
		return 0;
	}

	private static int budget(Path file, Project project, Store store, CommandContext context)
			throws SpreadsheetException {
		BudgetImport.Result result = BudgetImport.read(file, project, store);
		printProblems(result.problems(), context);
		result.modelProblems().forEach(m -> context.out().println("  " + m));
		if (result.stored()) {
			context.out().println(NLS.bind(Messages.Import_budgetStored, result.lines(), project.getDiarienummer()));
			return 0;
		}
		boolean ok = result.problems().isEmpty() && result.modelProblems().isEmpty();
		context.out().println(ok ? Messages.Import_dryRun : Messages.Import_budgetNothingStored);
		return ok ? 0 : 1;
	}
}
