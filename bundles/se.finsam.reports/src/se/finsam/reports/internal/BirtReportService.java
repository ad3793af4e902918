package se.finsam.reports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.birt.report.engine.api.HTMLRenderOption;
import org.eclipse.birt.report.engine.api.IRenderOption;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.engine.api.IRunAndRenderTask;
import org.eclipse.birt.report.engine.api.PDFRenderOption;
import org.eclipse.birt.report.engine.api.RenderOption;
import org.eclipse.birt.report.model.api.ReportDesignHandle;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import se.finsam.core.PrivateFiles;
import se.finsam.core.Settings.ReportFormat;
import se.finsam.model.Project;
import se.finsam.model.ReportInstance;
import se.finsam.model.demo.DemoData;
import se.finsam.reports.RenderRequest;
import se.finsam.reports.ReportException;
import se.finsam.reports.ReportInstances;
import se.finsam.reports.ReportService;
import se.finsam.reports.Templates;
import se.finsam.stats.ProjectStatistics;
import se.finsam.stats.Statistics;
import se.finsam.stats.StatsQuery;

/**
 * {@link ReportService} with BIRT. The engine starts when this component activates (the first time someone gets
 * the service), on its own thread; the workbench asks for it once its window is up, so that reports are warm.
 */
@Component(service = ReportService.class)
public class BirtReportService implements ReportService {

	private BirtEngine engine;
	/** The primer's task while it runs (guarded by this); none starts once the service stops. */
	private IRunAndRenderTask priming;
	private boolean stopping;

	@Activate
	void activate(BundleContext context) {
		engine = new BirtEngine(context.getDataFile("fonts").toPath());
	}

	/**
	 * Stops a primer still running before the engine: a command that finished first otherwise destroyed the engine
	 * under it, and BIRT logged the primer's failure in a chart (a NullPointerException in SeriesImpl.set, seen
	 * once on 2026-12-05) on the terminal of a user whose report had been written.
	 */
	@Deactivate
	void deactivate() {
		synchronized (this) {
			stopping = true;
			if (priming != null) {
				priming.cancel();
				long end = System.nanoTime() + 2_000_000_000L;
				try {
					while (priming != null && System.nanoTime() < end) {
						wait(Math.max(1, (end - System.nanoTime()) / 1_000_000));
					}
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		}
		engine.shutdown();
	}

	@Override
	public void render(RenderRequest request, Path output) throws ReportException {
		var period = request.report().getPeriod();
		ProjectStatistics stats = Statistics.compute(request.project(), new StatsQuery(
				period == null ? null : period.getStart(), period == null ? null : period.getEnd(), !request.internal()));
		List<Block> blocks = new ReportComposer(request.template().template(), request.report(), request.project(), stats)
				.compose();
		if (request.format() == ReportFormat.XLSX) {
			try {
				XlsxReport.write(blocks, output);
				return;
			} catch (se.finsam.io.xlsx.SpreadsheetException x) {
				throw new ReportException(NLS.bind(Messages.Render_failed, request.template().template().getName(),
						x.getMessage()), x);
			}
		}
		try {
			BirtEngine.Engines e = engine.get();
			ReportDesignHandle design = new DesignBuilder(e.design(), request.template().design(), request.format())
					.build(blocks);
			String keep = System.getProperty("finsam.keepDesign");
			if (keep != null) { // -Dfinsam.keepDesign=FILE.rptdesign: the generated design, for diagnosing a layout
				design.saveAs(keep);
			}
			try {
				run(e, e.report().openReportDesign(design), request.format(), output, Map.of(),
						request.format() == ReportFormat.DOCX ? file -> WordDocument.apply(file, blocks) : null);
			} finally {
				design.close();
			}
		} catch (ReportException x) {
			throw x;
		} catch (Exception x) {
			throw new ReportException(NLS.bind(Messages.Render_failed, request.template().template().getName(),
					x.getMessage()), x);
		}
	}

	/**
	 * Renders what a user renders first — a final report (RAR's when installed) of a small example project, as PDF,
	 * thrown away — so that the classes, scripts and fonts of tables, charts and the PDF emitter are loaded and
	 * compiled before she asks (a heading and one chart warmed too little: measured).
	 */
	@Override
	public void warmUp() throws ReportException {
		Templates.Installed template = Templates.find("rar.final")
				.or(() -> Templates.installed().stream().findFirst()).orElse(null);
		if (template == null) {
			return; // nothing to warm for: no template is installed
		}
		Project project = DemoData.create(1, 40, LocalDate.now()).getProjects().get(0);
		ReportInstance report = ReportInstances.create(project, template.template(), null, null);
		Path pdf = null;
		try {
			pdf = Files.createTempFile(PrivateFiles.folder(PrivateFiles.workFolder()), "warm-up-", ".pdf");
			render(new RenderRequest(project, template, report, ReportFormat.PDF, false), pdf);
		} catch (IOException x) {
			throw new ReportException(NLS.bind(Messages.Render_failed, "warm-up", x.getMessage()), x);
		} finally {
			if (pdf != null) {
				try {
					Files.deleteIfExists(pdf);
				} catch (IOException x) {
					// the work folder is cleared at the next start
				}
			}
		}
	}

	/**
	 * One page of a heading, a paragraph, facts and a chart, rendered to nothing: cheap enough to finish while a
	 * command loads its data, and it loads most of what the real render needs (layout, fonts, charts, PDF).
	 */
	@Override
	public void prime() throws ReportException {
		try {
			BirtEngine.Engines e = engine.get();
			List<Block> blocks = List.of(new Block.Heading(0, "Uppvärmning åäö"), new Block.Paragraph("Text åäö", false),
					new Block.Facts(List.<String[]>of(new String[] { "a", "b" })),
					new Block.Chart("Diagram", se.finsam.model.ChartType.BAR, List.of("a", "b"), List.of(1.0, 2.0), "Antal",
							List.of(0, 1), null));
			ReportDesignHandle design = new DesignBuilder(e.design(), null, ReportFormat.PDF).build(blocks);
			try {
				IRunAndRenderTask task = e.report().createRunAndRenderTask(e.report().openReportDesign(design));
				try {
					task.setRenderOption(options(ReportFormat.PDF, OutputStream.nullOutputStream(), null));
					synchronized (this) {
						if (stopping) {
							return;
						}
						priming = task;
					}
					task.run();
				} finally {
					synchronized (this) {
						priming = null;
						notifyAll();
					}
					task.close();
				}
			} finally {
				design.close();
			}
		} catch (Exception x) {
			throw new ReportException(NLS.bind(Messages.Render_failed, "warm-up", x.getMessage()), x);
		}
	}

	@Override
	public Path prepareDesignFolder(Path dataLocation) throws ReportException {
		Path folder = se.finsam.reports.Designs.folder(dataLocation);
		try {
			PowerUserFiles.write(engine.get().design(), folder);
			return folder;
		} catch (Exception x) {
			throw new ReportException(NLS.bind(Messages.Render_failed, folder, x.getMessage()), x);
		}
	}

	@Override
	public void renderDesign(Path design, Connection connection, ReportFormat format, Path output)
			throws ReportException {
		try {
			BirtEngine.Engines e = engine.get();
			if (!ScriptSandbox.isInstalled()) {
				throw new ReportException(NLS.bind(Messages.Design_noSandbox, design.getFileName()), null);
			}
			IReportRunnable runnable = e.report().openReportDesign(design.toString());
			DesignChecks.dataSources(runnable, design.getFileName().toString());
			Map<String, Object> context = new HashMap<>();
			// Every JDBC data source of the design reads this connection (a snapshot of the views, read only),
			// whatever URL it names: the design never reaches the store itself.
			context.put("OdaJDBCDriverPassInConnection", connection);
			context.put("OdaJDBCDriverPassInConnectionCloseAfterUse", false);
			run(e, runnable, format, output, context, null);
		} catch (ReportException x) {
			throw x;
		} catch (Exception x) {
			throw new ReportException(NLS.bind(Messages.Render_failed, design.getFileName(), x.getMessage()), x);
		}
	}

	/** Finishes a rendered file before it is moved into place. */
	private interface Finish {
		void apply(Path file) throws IOException;
	}

	private static void run(BirtEngine.Engines e, IReportRunnable runnable, ReportFormat format, Path output,
			Map<String, Object> appContext, Finish finish) throws Exception {
		Files.createDirectories(output.toAbsolutePath().getParent());
		PrivateFiles.writeWhole(output, part -> {
			IRunAndRenderTask task = e.report().createRunAndRenderTask(runnable);
			try (OutputStream out = Files.newOutputStream(part)) {
				task.setAppContext(new HashMap<>(appContext));
				task.setRenderOption(options(format, out, output));
				task.run();
				if (!task.getErrors().isEmpty()) {
					Object first = task.getErrors().get(0);
					throw new ReportException(NLS.bind(Messages.Render_errors, task.getErrors().size(),
							firstLine(first instanceof Throwable t ? t.getMessage() : String.valueOf(first))),
							first instanceof Throwable t ? t : null);
				}
			} finally {
				task.close();
			}
			if (finish != null) {
				finish.apply(part);
			}
		}, null);
	}

	private static String firstLine(String message) {
		String m = message == null ? "" : message.strip();
		int nl = m.indexOf('\n');
		return nl < 0 ? m : m.substring(0, nl).strip();
	}

	private static IRenderOption options(ReportFormat format, OutputStream out, Path output) throws IOException {
		RenderOption options = switch (format) {
		case PDF -> {
			PDFRenderOption pdf = new PDFRenderOption();
			pdf.setEmbededFont(true);
			yield pdf;
		}
		case HTML -> {
			HTMLRenderOption html = new HTMLRenderOption();
			Path images = output.resolveSibling(output.getFileName() + "-bilder");
			Files.createDirectories(images);
			html.setImageDirectory(images.toString());
			html.setImageHandler(new RelativeImages(images));
			html.setEmbeddable(false);
			yield html;
		}
		default -> new RenderOption();
		};
		options.setOutputFormat(format.extension());
		options.setOutputStream(out);
		return options;
	}
}
