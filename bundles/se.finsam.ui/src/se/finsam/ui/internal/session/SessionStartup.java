package se.finsam.ui.internal.session;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import se.finsam.store.StoreException;
import se.finsam.ui.Session;
import se.finsam.ui.internal.Messages;

/** Opens the data location in the background once the window is up: the UI thread never waits for Derby. */
public final class SessionStartup {

	private SessionStartup() {
	}

	public static Job schedule(Session session) {
		Job job = Job.create(Messages.Session_opening, monitor -> {
			try {
				session.open(monitor);
				return Status.OK_STATUS;
			} catch (StoreException e) {
				return new Status(IStatus.ERROR, "se.finsam.ui", e.getMessage(), e);
			}
		});
		job.setUser(false);
		job.setPriority(Job.LONG);
		job.schedule();
		return job;
	}
}
