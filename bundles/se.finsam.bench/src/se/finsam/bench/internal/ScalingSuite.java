package se.finsam.bench.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.finsam.core.Settings.ReportFormat;
import se.finsam.io.xlsx.DisImport;
import se.finsam.io.xlsx.ImportOptions;
import se.finsam.io.xlsx.ImportProgress;
import se.finsam.io.xlsx.XlsxExport;
import se.finsam.model.Association;
import se.finsam.model.Participant;
import se.finsam.model.Project;
import se.finsam.model.codes.CodeLists;
import se.finsam.model.demo.DemoData;
import se.finsam.reports.RenderRequest;
import se.finsam.reports.ReportInstances;
import se.finsam.reports.ReportService;
import se.finsam.reports.Templates;
import se.finsam.stats.Statistics;
import se.finsam.stats.StatsQuery;
import se.finsam.store.Store;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;
import se.finsam.testing.Fixtures;

/**
 * How cost grows (issue 16): save and import at 10 000 and 100 000 participants (1 000 000 with
 * {@code --participants 1000000}), RAR's final report at 200 / 2 000 / 20 000, the statistics of 1 / 10 / 100
 * projects of 10 000 ({@code --projects 10} for a smaller heap). Each step should cost at most about ten times the
 * one below it. Beside each time the peak heap of that step and the process's peak resident set during it
 * ("PEAK name HEAP_MB RSS_MB" on the log; RSS from Linux's VmHWM, reset before each step through
 * /proc/self/clear_refs; "?" where there is no /proc).
 */
@Component(service = BenchSuite.class)
public class ScalingSuite implements BenchSuite {

	private static final LocalDate TODAY = Fixtures.TODAY;

	@Reference
	private StoreService stores;

	@Reference
	private ComponentServiceObjects<ReportService> engine;

	@Override
	public String name() {
		return "scaling";
	}

	@Override
	public void run(BenchContext ctx) throws Exception {
		int largest = ctx.option("participants", 100_000);
		for (int n = 10_000; n <= largest; n *= 10) {
			saveAndImport(ctx, n);
		}
		ReportService reports = engine.getService();
		for (int n : new int[] { 200, 2_000, 20_000 }) {
			report(ctx, reports, n);
		}
		for (int projects = 1; projects <= ctx.option("projects", 100); projects *= 10) {
			statistics(ctx, projects);
		}
	}

	private void saveAndImport(BenchContext ctx, int n) throws Exception {
		Association a = DemoData.inOneProject(DemoData.create(20, n, TODAY));
		Project project = a.getProjects().get(0);
		List<Participant> all = List.copyOf(project.getParticipants());
		Path workbook = ctx.work().resolve("scaling-" + n + ".xlsx");
		XlsxExport.participants(project, true, true, workbook);
		for (int run = 0; run <= ctx.runs(); run++) { // the first is warm-up
			project.getParticipants().clear();
			all.forEach(p -> p.setId(null));
			try (Store store = stores.open(ctx.work().resolve("scaling-save-" + n + "-" + run), StoreKey.generate())) {
				store.createAssociation(a);
				project.getParticipants().addAll(all);
				resetPeak();
				long start = System.nanoTime();
				store.saveProject(project);
				step(ctx, "scaling.save-" + n, start, run);
			}
			project.getParticipants().clear();
			all.forEach(p -> p.setId(null));
			try (Store store = stores.open(ctx.work().resolve("scaling-import-" + n + "-" + run),
					StoreKey.generate())) {
				store.createAssociation(a);
				ImportOptions options = new ImportOptions(project.getDiarienummer(), false, false, Map.of(), TODAY);
				resetPeak();
				long start = System.nanoTime();
				DisImport.importNow(workbook, store, a.getId(), options, ImportProgress.NONE); // as ./finsam import does
				step(ctx, "scaling.import-" + n, start, run);
			}
		}
	}

	private void report(BenchContext ctx, ReportService reports, int n) throws Exception {
		Association a = DemoData.inOneProject(DemoData.create(21, n, TODAY));
		Project project = a.getProjects().get(0);
		Templates.Installed template = Templates.find("rar.final").or(() -> Templates.find("generic.final"))
				.orElseThrow(() -> new IllegalStateException("no template installed"));
		RenderRequest request = new RenderRequest(project, template,
				ReportInstances.create(project, template.template(), null, null), ReportFormat.PDF, false);
		for (int run = 0; run <= ctx.runs(); run++) {
			resetPeak();
			long start = System.nanoTime();
			reports.render(request, ctx.work().resolve("scaling.pdf"));
			step(ctx, "scaling.report-" + n, start, run);
		}
	}

	private void statistics(BenchContext ctx, int projects) {
		List<Project> all = new java.util.ArrayList<>();
		for (int i = 0; i < projects; i++) {
			all.add(DemoData.inOneProject(DemoData.create(22 + i, 10_000, TODAY)).getProjects().get(0));
		}
		for (int run = 0; run <= ctx.runs(); run++) {
			resetPeak();
			long start = System.nanoTime();
			for (Project p : all) {
				Statistics.compute(p, StatsQuery.all(), CodeLists.defaults(), TODAY);
			}
			step(ctx, "scaling.stats-" + projects + "x10000", start, run);
		}
	}

	/** A timed step: run 0 warms up and is not counted. */
	private static void step(BenchContext ctx, String name, long start, int run) {
		if (run == 0) {
			return;
		}
		ctx.result(name, start);
		long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
				.mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		ctx.log().println("PEAK " + name + " " + peak / 1024 / 1024 + " " + peakRss());
	}

	private static final Path STATUS = Path.of("/proc/self/status");

	/** The process's peak resident set in MB since the last reset (Linux), or "?". */
	private static String peakRss() {
		try {
			return Files.readAllLines(STATUS).stream().filter(l -> l.startsWith("VmHWM:"))
					.map(l -> String.valueOf(Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024)).findFirst().orElse("?");
		} catch (IOException | RuntimeException e) {
			return "?";
		}
	}

	private static void resetPeak() {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		try {
			Files.writeString(Path.of("/proc/self/clear_refs"), "5"); // 5: reset the peak resident set (VmHWM)
		} catch (IOException | RuntimeException e) {
			// not Linux: the RSS column says "?"
		}
	}
}
