package se.finsam.ui.editors.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

import se.finsam.reports.ReportException;
import se.finsam.reports.ReportService;

/**
 * After the workbench has started, warms the report engine up in a background Job of low priority, so that the
 * user's first report takes what later ones take instead of the engine's start.
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
			job.schedule(2000);
		});
	}
}
