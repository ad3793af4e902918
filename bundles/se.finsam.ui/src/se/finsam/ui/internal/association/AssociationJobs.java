package se.finsam.ui.internal.association;

import java.time.LocalDate;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import se.finsam.model.Association;
import se.finsam.model.demo.DemoData;
import se.finsam.store.Store;
import se.finsam.store.StoreException;
import se.finsam.ui.Session;
import se.finsam.ui.internal.Messages;

/**
 * The store work behind the welcome page, the association dialog and the navigator: each in a Job, then the
 * associations reloaded and every view told. A failure is shown with the store's own words.
 */
public final class AssociationJobs {

	private AssociationJobs() {
	}

	/** Stores a new association. */
	public static Job create(Session session, Association association) {
		return run(session, Messages.Association_creating, store -> store.createAssociation(association));
	}

	/** Creates the fictional example association, marked as example and removable. */
	public static Job createExample(Session session) {
		return run(session, Messages.Association_creatingExample,
				store -> store.createAssociation(DemoData.create(1, 400, LocalDate.now())));
	}

	/** Saves the association's own fields and parties. */
	public static Job save(Session session, Association association) {
		return run(session, Messages.Association_saving, store -> store.saveAssociation(association));
	}

	/** Removes an association with everything it holds. */
	public static Job delete(Session session, Association association) {
		return run(session, Messages.Association_deleting, store -> store.deleteAssociation(association.getId()));
	}

	private static Job run(Session session, String name, Consumer<Store> work) {
		Job job = Job.create(name, (IProgressMonitor monitor) -> {
			try {
				work.accept(session.store());
				session.reload(monitor);
				session.fireChanged(null);
				return Status.OK_STATUS;
			} catch (StoreException e) {
				session.reload(monitor);
				session.fireChanged(null);
				return Status.error(e.getMessage(), e);
			}
		});
		job.setUser(true);
		job.schedule();
		return job;
	}
}
