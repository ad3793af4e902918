package se.finsam.bench.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.finsam.io.xlsx.DisImport;
import se.finsam.io.xlsx.ImportOptions;
import se.finsam.io.xlsx.ImportPreview;
import se.finsam.io.xlsx.ImportProgress;
import se.finsam.io.xlsx.SpreadsheetException;
import se.finsam.io.xlsx.XlsxExport;
import se.finsam.model.Association;
import se.finsam.model.Participant;
import se.finsam.model.Project;
import se.finsam.model.demo.DemoData;
import se.finsam.store.Store;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;
import se.finsam.testing.Fixtures;
import se.finsam.testing.HostileWorkbooks;

/**
 * Issue 6's targets on a DIS workbook of 100 000 rows × 20 columns (written by our own export): export it; parse
 * and validate it (nothing stored); import it into an empty project; and how fast each hostile file is refused.
 * With {@code --out DIR} the workbook and the hostile files are kept there (bench/run runs LibreOffice and the
 * heap-limited imports on them).
 */
@Component(service = BenchSuite.class)
public class XlsxSuite implements BenchSuite {

	private static final LocalDate TODAY = Fixtures.TODAY;

	@Reference
	private StoreService stores;

	@Override
	public String name() {
		return "xlsx";
	}

	@Override
	public void run(BenchContext ctx) throws Exception {
		int n = ctx.option("participants", 100_000);
		Path out = ctx.options().containsKey("out") ? Path.of(ctx.options().get("out")) : ctx.work();
		Files.createDirectories(out);
		Association a = DemoData.inOneProject(DemoData.create(7, n, TODAY));
		Project project = a.getProjects().get(0);
		for (Participant p : project.getParticipants()) {
			p.setCode("B" + p.getCode()); // not the codes of ./finsam demo, which bench/run imports beside
			if (!p.isConsent() || ctx.option("extras", 1) == 0) {
				continue; // without consent nothing more may be kept
			}
			p.getExtraAttributes().put("Handläggare", "Handläggare " + (p.getCode().hashCode() & 31));
			p.getExtraAttributes().put("Anteckning", "Uppföljning " + p.getEnrolmentDate());
		}
		Path workbook = out.resolve("dis-" + n + ".xlsx");
		for (int run = 0; run <= ctx.runs(); run++) {
			long start = System.nanoTime();
			XlsxExport.participants(project, true, true, workbook);
			if (run > 0) {
				ctx.result("xlsx.export-" + n, start);
			}
		}
		ctx.log().println("xlsx: " + workbook.getFileName() + " " + Files.size(workbook) / 1024 / 1024 + " MB");
		project.getParticipants().clear();
		try (Store store = stores.open(ctx.work().resolve("data"), StoreKey.generate())) {
			store.createAssociation(a);
			ImportOptions options = new ImportOptions(project.getDiarienummer(), false, false,
					Map.of("Handläggare", ImportOptions.EXTRA_PLAIN, "Anteckning", ImportOptions.EXTRA_PERSONAL), TODAY);
			for (int run = 0; run <= ctx.runs(); run++) {
				long start = System.nanoTime();
				ImportPreview preview = DisImport.analyse(workbook, store, a.getId(), options, ImportProgress.NONE);
				if (run > 0) {
					ctx.result("xlsx.parse-validate-" + n, start);
				}
				check(preview, n);
			}
			for (int run = 0; run <= ctx.runs(); run++) {
				if (ctx.option("fresh", 0) == 1) {
					try (Store fresh = stores.open(ctx.work().resolve("fresh-" + run), StoreKey.generate())) {
						fresh.createAssociation(a); // its project was emptied above: the import fills it
						importOnce(ctx, fresh, a, workbook, options, n, run);
					}
				} else {
					importOnce(ctx, store, a, workbook, options, n, run);
				}
			}
			hostile(ctx, store, a, out.resolve("hostile"));
		}
	}

	private static void importOnce(BenchContext ctx, Store store, Association a, Path workbook,
			ImportOptions options, int n, int run) throws SpreadsheetException {
		long start = System.nanoTime();
		DisImport.importNow(workbook, store, a.getId(), options, ImportProgress.NONE); // as ./finsam import does
		if (run > 0) {
			ctx.result("xlsx.import-" + n, start);
		}
		Project stored = store.loadAssociation(a.getId()).getProjects().get(0);
		store.loadContent(stored);
		if (stored.getParticipants().size() != n) {
			throw new IllegalStateException("imported " + stored.getParticipants().size() + " of " + n);
		}
		stored.getParticipants().clear();
		store.saveProject(stored);
	}

	private static void check(ImportPreview preview, int n) {
		if (!preview.problems().isEmpty() || preview.rowsRead() != n) {
			throw new IllegalStateException(preview.rowsRead() + " rows, problems: "
					+ preview.problems().subList(0, Math.min(5, preview.problems().size())));
		}
	}

	private static void hostile(BenchContext ctx, Store store, Association a, Path dir) throws Exception {
		Files.createDirectories(dir);
		ImportOptions options = ImportOptions.defaults().withProject(a.getProjects().get(0).getDiarienummer());
		for (Path file : HostileWorkbooks.all(dir).keySet()) {
			String name = file.getFileName().toString().replace(".xlsx", "");
			for (int run = 0; run <= ctx.runs(); run++) {
				long start = System.nanoTime();
				try {
					DisImport.analyse(file, store, a.getId(), options, ImportProgress.NONE);
					throw new IllegalStateException(file + " was not refused");
				} catch (SpreadsheetException expected) {
					if (run > 0) {
						ctx.result("xlsx.hostile-" + name, start);
					}
				}
			}
		}
	}
}
