package se.finsam.ui.editors.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

import se.finsam.reports.ReportException;
import se.finsam.reports.ReportService;
import se.finsam.ui.Session;

/**
 * A second after the workbench's store opened (the navigator filled by then), warms the report engine up in a
 * background Job of low priority, so that the user's first report takes what later ones take instead of the
 * engine's start. Not earlier: on two cores it slowed the opening of the store and the navigator (measured) — and
 * the report service is not even looked up before then, because getting it starts the engine.
 */
public class ReportWarmUp implements IStartup {

	private static final int DELAY_MILLIS = 1000;

	@Override
	public void earlyStartup() {
		if (Boolean.getBoolean("finsam.noReportWarmUp")) {
			return;
		}
		// The workbench's context is read on the UI thread; the engine starts in the Job.
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> {
			Session session = PlatformUI.getWorkbench().getService(Session.class);
			if (session == null) {
				return;
			}
			if (session.isOpen()) {
				display.timerExec(DELAY_MILLIS, ReportWarmUp::schedule);
				return;
			}
			session.addListener(new Session.Listener() {
				@Override
				public void opened() {
					session.removeListener(this);
					display.timerExec(DELAY_MILLIS, ReportWarmUp::schedule);
				}
			});
		});
	}

	/** On the UI thread. */
	private static void schedule() {
		if (!PlatformUI.isWorkbenchRunning() || PlatformUI.getWorkbench().isClosing()) {
			return;
		}
		ReportService service = PlatformUI.getWorkbench().getService(ReportService.class);
		if (service == null) {
			return;
		}
		Job job = Job.create(Messages.Reports_warmUp, monitor -> {
			try {
				service.warmUp();
			} catch (ReportException e) {
				ILog.of(ReportWarmUp.class).warn(e.getMessage(), e);
			}
		});
		job.setSystem(true);
		job.setPriority(Job.DECORATE);
		job.schedule();
	}
}
