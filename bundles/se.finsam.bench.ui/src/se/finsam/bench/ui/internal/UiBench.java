package se.finsam.bench.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.ObjDoubleConsumer;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import se.finsam.model.Association;
import se.finsam.model.Participant;
import se.finsam.model.Project;
import se.finsam.model.demo.DemoData;
import se.finsam.ui.ProjectEditorInput;
import se.finsam.ui.Session;
import se.finsam.ui.editors.internal.ProjectEditor;
import se.finsam.ui.editors.internal.participants.ParticipantsPage;

/**
 * Issue 4's targets, measured as a user meets them: from the request until the screen has been painted.
 * <ul>
 * <li>{@code ui.open-editor}: the project editor on its overview page;</li>
 * <li>{@code ui.participants-first-paint-N}: the editor opened on the participants page of a project of N, its
 * content not loaded yet, until the table has painted;</li>
 * <li>{@code ui.filter-keystroke-N}: one more character in the free-text filter until the table has repainted.</li>
 * </ul>
 * The first run warms up and is not reported.
 */
final class UiBench {

	/** The benchmark's association, one per size, kept in the data directory between runs. */
	private static final String NAME = "Prestandaförbundet";

	private final Display display;
	private final int participants;
	private final int runs;
	private final ObjDoubleConsumer<String> results;
	private long lastTablePaint;
	private String associationId;
	private String projectId;

	UiBench(Display display, int participants, int runs, ObjDoubleConsumer<String> results) {
		this.display = display;
		this.participants = participants;
		this.runs = runs;
		this.results = results;
	}

	/** Off the UI thread: waits for the session, then stores the big project once per data directory. */
	void prepare() throws InterruptedException {
		long deadline = System.currentTimeMillis() + 120_000;
		// A new data location opens empty (the welcome page): the bench adds its own förbund below.
		while (!session().isOpen()) {
			if (System.currentTimeMillis() > deadline) {
				throw new IllegalStateException("the session did not open (is FINSAM_KEY set?)");
			}
			Thread.sleep(50);
		}
		usableAt = System.nanoTime();
		Session session = session();
		String name = NAME + " " + participants;
		Association existing = session.associations().stream().filter(a -> name.equals(a.getName())).findFirst()
				.orElse(null);
		if (existing == null) {
			Association a = DemoData.inOneProject(DemoData.create(7, participants, LocalDate.now()));
			a.setName(name);
			session.store().createAssociation(a);
			session.reload(null);
			session.fireChanged(null);
			existing = a;
		}
		associationId = existing.getId();
		projectId = existing.getProjects().get(0).getId();
	}

	/** When the store had opened: the workbench became usable. */
	private long usableAt;

	/** A user needs at least this long after start to open a project and choose Ny rapport… (issue 16). */
	private static final long FIRST_REPORT_AFTER_NANOS = 5_000_000_000L;

	/**
	 * Off the UI thread, once: the first report a user asks for after the workbench started, 5 s after it became
	 * usable (the engine warmed up in the background meanwhile): RAR's final report of the big project as PDF,
	 * loading its participants included.
	 */
	void firstReport() throws Exception {
		long wait = usableAt + FIRST_REPORT_AFTER_NANOS - System.nanoTime();
		if (wait > 0) {
			Thread.sleep(wait / 1_000_000);
		}
		var context = org.osgi.framework.FrameworkUtil.getBundle(UiBench.class).getBundleContext();
		var tracker = new org.osgi.util.tracker.ServiceTracker<se.finsam.reports.ReportService, se.finsam.reports.ReportService>(
				context, se.finsam.reports.ReportService.class, null);
		tracker.open();
		try {
			var service = tracker.waitForService(60_000);
			Project project = session().associations().stream().filter(a -> a.getId().equals(associationId))
					.findFirst().orElseThrow().getProjects().get(0);
			long start = System.nanoTime();
			session().store().loadContent(project);
			var template = se.finsam.reports.Templates.find("rar.final").orElseThrow();
			var report = se.finsam.reports.ReportInstances.create(project, template.template(), null, null);
			java.nio.file.Path pdf = java.nio.file.Files.createTempFile("finsam-bench-", ".pdf");
			service.render(new se.finsam.reports.RenderRequest(project, template, report,
					se.finsam.core.Settings.ReportFormat.PDF, false), pdf);
			results.accept("ui.first-report-pdf-" + participants, seconds(start));
			java.nio.file.Files.deleteIfExists(pdf);
		} finally {
			tracker.close();
		}
	}

	/** On the UI thread. */
	void run() {
		Listener paints = e -> {
			if (e.widget instanceof NatTable) {
				lastTablePaint = System.nanoTime();
			}
		};
		display.addFilter(SWT.Paint, paints);
		try {
			for (int run = 0; run <= runs; run++) {
				measureRun(run > 0);
			}
		} finally {
			display.removeFilter(SWT.Paint, paints);
		}
	}

	private void measureRun(boolean report) {
		fresh();
		long start = System.nanoTime();
		ProjectEditor editor = open(ProjectEditorInput.OVERVIEW);
		drain();
		if (report) {
			results.accept("ui.open-editor", seconds(start));
		}
		Project project = editor.project();
		waitUntil(project::isContentLoaded); // not measured: only so that the next step starts clean

		fresh();
		start = System.nanoTime();
		editor = open(ProjectEditorInput.PARTICIPANTS);
		ParticipantsPage page = (ParticipantsPage) editor.page(ProjectEditorInput.PARTICIPANTS);
		long from = start;
		waitUntil(() -> page.table() != null && lastTablePaint > from);
		if (report) {
			results.accept("ui.participants-first-paint-" + participants, seconds(start));
		}

		List<Participant> rows = page.rows().visible();
		String code = rows.get(rows.size() / 2).getCode();
		for (int i = 1; i <= code.length(); i++) {
			String typed = code.substring(0, i);
			long keystroke = System.nanoTime();
			page.filterField().setText(typed);
			waitUntil(() -> lastTablePaint > keystroke);
			if (report) {
				results.accept("ui.filter-keystroke-" + participants, seconds(keystroke));
			}
		}
		if (page.rows().visible().isEmpty()) {
			throw new IllegalStateException("the filter found nothing for " + code);
		}
	}

	/** No editor open and the project's content unloaded, as after a start. */
	private void fresh() {
		page().closeAllEditors(false);
		session().reload(null);
		drain();
	}

	private ProjectEditor open(String pageId) {
		try {
			return (ProjectEditor) page().openEditor(
					new ProjectEditorInput(associationId, projectId, NAME, pageId, null), ProjectEditorInput.EDITOR_ID);
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private void drain() {
		while (display.readAndDispatch()) {
			// until idle: layouts and paints done
		}
	}

	private void waitUntil(BooleanSupplier condition) {
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("timed out");
			}
			if (!display.readAndDispatch()) {
				display.timerExec(2, () -> {
				});
				display.sleep();
			}
		}
		drain();
	}

	private static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

	private static Session session() {
		return PlatformUI.getWorkbench().getService(Session.class);
	}
}
