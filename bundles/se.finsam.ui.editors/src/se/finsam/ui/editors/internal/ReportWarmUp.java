package se.finsam.ui.editors.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

import se.finsam.reports.ReportException;
import se.finsam.reports.ReportService;
import se.finsam.ui.Session;

/**
 * A second after the workbench's store opened (the navigator filled by then), warms the report engine up in a
 * background Job of low priority, so that the user's first report takes what later ones take instead of the
 * engine's start. Not earlier: on two cores it slowed the opening of the store and the navigator (measured).
 */
public class ReportWarmUp implements IStartup {

	@Override
	public void earlyStartup() {
		if (Boolean.getBoolean("finsam.noReportWarmUp")) {
			return;
		}
		// The workbench's context is read on the UI thread; the engine starts in the Job.
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			ReportService service = PlatformUI.getWorkbench().getService(ReportService.class);
			Session session = PlatformUI.getWorkbench().getService(Session.class);
			if (service == null || session == null) {
				return;
			}
			if (session.isOpen()) {
				schedule(service);
				return;
			}
			session.addListener(new Session.Listener() {
				@Override
				public void opened() {
					session.removeListener(this);
					schedule(service);
				}
			});
		});
	}

	private static void schedule(ReportService service) {
		Job job = Job.create(Messages.Reports_warmUp, monitor -> {
			try {
				service.warmUp();
			} catch (ReportException e) {
				ILog.of(ReportWarmUp.class).warn(e.getMessage(), e);
			}
		});
		job.setSystem(true);
		job.setPriority(Job.DECORATE);
		job.schedule(1000);
	}
}
