package se.finsam.ui.internal.session;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import se.finsam.store.StoreException;
import se.finsam.ui.Session;
import se.finsam.ui.internal.Messages;

/**
 * Opens the data location in the background once the window is up: the UI thread never waits for Derby. A failure
 * is told by the navigator (its reason and Försök igen), not by a platform error dialog; it is logged.
 */
public final class SessionStartup {

	private SessionStartup() {
	}

	public static Job schedule(Session session) {
		// The job's name is what the status line shows while the store opens: the server's when there is one.
		Job job = Job.create(se.finsam.core.Settings.load().server() == null ? Messages.Session_opening
				: Messages.Session_connecting, monitor -> {
			try {
				session.open(monitor);
				return Status.OK_STATUS;
			} catch (StoreException e) {
				ILog.of(SessionStartup.class).log(new Status(IStatus.WARNING, "se.finsam.ui", e.getMessage(), e));
				return Status.OK_STATUS;
			}
		});
		job.setUser(false);
		job.setPriority(Job.LONG);
		job.schedule();
		return job;
	}
}
