package se.finsam.ui.editors.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

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
		Job job = Job.create(Messages.Reports_warmUp, monitor -> {
			var context = FrameworkUtil.getBundle(ReportWarmUp.class).getBundleContext();
			ServiceTracker<ReportService, ReportService> tracker = new ServiceTracker<>(context, ReportService.class, null);
			tracker.open();
			try {
				ReportService service = tracker.waitForService(60_000);
				if (service != null) {
					service.warmUp();
				}
			} catch (ReportException e) {
				ILog.of(ReportWarmUp.class).warn(e.getMessage(), e);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			} finally {
				tracker.close();
			}
		});
		job.setSystem(true);
		job.setPriority(Job.DECORATE);
		job.schedule(2000);
	}
}
