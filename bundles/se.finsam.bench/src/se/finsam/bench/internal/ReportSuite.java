package se.finsam.bench.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;

import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.finsam.core.Settings.ReportFormat;
import se.finsam.model.Association;
import se.finsam.model.Project;
import se.finsam.model.ReportInstance;
import se.finsam.model.demo.DemoData;
import se.finsam.reports.RenderRequest;
import se.finsam.reports.ReportInstances;
import se.finsam.reports.ReportService;
import se.finsam.reports.Templates;
import se.finsam.store.Store;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;
import se.finsam.testing.Fixtures;

/**
 * Issue 5's targets: RAR's final report (tables and a chart) of a 2 000-participant project as PDF, the first
 * after start and then warm; a participant listing of some 200 pages from the example design (BIRT on the SQL
 * views). With {@code --out DIR} the files are kept there (bench/run converts the DOCX with LibreOffice when it can).
 */
@Component(service = BenchSuite.class)
public class ReportSuite implements BenchSuite {

	private static final LocalDate TODAY = Fixtures.TODAY;

	@Reference
	private StoreService stores;

	/** Got when the suite runs, so that other suites run without BIRT starting beside them. */
	@Reference
	private ComponentServiceObjects<ReportService> engine;

	private ReportService reports;

	@Override
	public String name() {
		return "reports";
	}

	@Override
	public void run(BenchContext ctx) throws Exception {
		long start = System.nanoTime();
		reports = engine.getService(); // the engine starts now, in the background
		int participants = ctx.option("participants", 2000);
		Association a = DemoData.inOneProject(DemoData.create(5, participants, TODAY));
		Project project = a.getProjects().get(0);
		Templates.Installed template = Templates.find("rar.final").or(() -> Templates.find("generic.final"))
				.orElseThrow(() -> new IllegalStateException("no template installed"));
		ReportInstance report = ReportInstances.create(project, template.template(), null, null);
		Path out = ctx.options().containsKey("out") ? Path.of(ctx.options().get("out")) : ctx.work();
		Files.createDirectories(out);
		ctx.log().println("reports: " + template.template().getId() + ", " + project.getParticipants().size()
				+ " participants");

		reports.render(new RenderRequest(project, template, report, ReportFormat.PDF, false), out.resolve("rar.pdf"));
		ctx.result("reports.first-pdf-" + participants, start);
		long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
		ctx.results().accept("reports.first-pdf-since-jvm-start-" + participants,
				(System.currentTimeMillis() - jvmStart) / 1000.0);
		for (int run = 0; run < ctx.runs(); run++) {
			long t = System.nanoTime();
			reports.render(new RenderRequest(project, template, report, ReportFormat.PDF, false), out.resolve("rar.pdf"));
			ctx.result("reports.rar-final-pdf-" + participants, t);
		}
		reports.render(new RenderRequest(project, template, report, ReportFormat.DOCX, false), out.resolve("rar.docx"));

		listing(ctx, out, ctx.option("listing", 3600));
	}

	/** The example design over V_PARTICIPANT, in a store of its own, with enough participants for ~200 pages. */
	private void listing(BenchContext ctx, Path out, int participants) throws Exception {
		Association many = DemoData.create(9, participants, TODAY);
		try (Store store = stores.open(ctx.work().resolve("listing"), StoreKey.generate())) {
			store.createAssociation(many);
			Path design = reports.prepareDesignFolder(ctx.work().resolve("listing-data")).resolve("deltagarlista.rptdesign");
			for (int run = 0; run <= ctx.runs(); run++) {
				long t = System.nanoTime();
				try (Connection c = store.designConnection()) {
					reports.renderDesign(design, c, ReportFormat.PDF, out.resolve("listing.pdf"));
				}
				if (run > 0) {
					ctx.result("reports.listing-pdf-" + participants, t);
				}
			}
		}
		ctx.log().println("reports: listing of " + participants + " participants in " + out.resolve("listing.pdf")
				+ " (3 600 give some 220 pages)");
	}
}
