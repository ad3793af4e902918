package se.finsam.ui;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import se.finsam.model.Association;
import se.finsam.store.Store;

/**
 * The workbench's connection to the data location: the open store and the associations loaded from it. Obtain it
 * as an OSGi service from the part's or workbench's context: {@code getSite().getService(Session.class)}. Opening and every database call run in Jobs, never on the UI
 * thread; listeners are called on the UI thread.
 */
public interface Session {

	/** Something happened that views should show. */
	interface Listener {
		/** The store was opened and the associations loaded. */
		default void opened() {
		}

		/** An element was saved, added or removed; null means "reload everything". */
		default void changed(Object element) {
		}
	}

	/**
	 * Opens the data location's store (the key from FINSAM_KEY or Eclipse secure storage, generated on first use)
	 * and loads the associations; on an empty data location first creates the demo association. Blocking: call it
	 * from a Job.
	 */
	void open(IProgressMonitor monitor);

	boolean isOpen();

	/** The open store; throws when not open. */
	Store store();

	/** The loaded associations, each with its project headers (content loaded on demand). */
	List<Association> associations();

	/** Reloads the associations from the store (from a Job). */
	void reload(IProgressMonitor monitor);

	/** Tells the listeners, on the UI thread. */
	void fireChanged(Object element);

	void addListener(Listener listener);

	void removeListener(Listener listener);
}
