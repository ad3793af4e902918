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

		/** The store could not be opened (wrong or no password, a damaged database): the reason, for the user. */
		default void failed(String reason) {
		}
	}

	/**
	 * Opens the data location's store and loads the associations (an empty data location stays empty: example data
	 * only when the user asks for it). Blocking: call it from a Job. When it fails, the listeners hear why
	 * ({@link Listener#failed}) and the exception is thrown; it may be called again.
	 */
	void open(IProgressMonitor monitor);

	/**
	 * Starts in the background what {@link #open} will need that needs no password (the database engine; the whole
	 * opening when the key comes from the environment), so that it overlaps the building of the window; returns at
	 * once. Listeners still hear of the opening only from {@link #open}.
	 */
	default void prepare() {
	}

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
