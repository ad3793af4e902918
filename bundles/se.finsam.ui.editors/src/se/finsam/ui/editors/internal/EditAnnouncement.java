package se.finsam.ui.editors.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import se.finsam.ui.Session;

/**
 * Tells a team server while an editor has unsaved edits ({@link se.finsam.store.Store#editing}), so that another
 * user's import into the project is refused rather than made beside them. The calls go to the server off the UI
 * thread, one after the other, in the order the editor made them.
 */
final class EditAnnouncement {

	private static final ExecutorService CALLS = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform()
			.daemon().name("Finsam edit announcements").unstarted(r));

	private final Session session;
	private final String projectId;
	/** What the editor last asked for (UI thread). */
	private boolean announced;
	/** The server's handle (the calls' thread only). */
	private AutoCloseable handle;

	EditAnnouncement(Session session, String projectId) {
		this.session = session;
		this.projectId = projectId;
	}

	/** The editor's dirty state changed (UI thread). */
	void dirty(boolean dirty) {
		if (dirty == announced) {
			return;
		}
		announced = dirty;
		CALLS.execute(dirty ? this::announce : this::withdraw);
	}

	/** The editor closed (UI thread). */
	void dispose() {
		dirty(false);
	}

	private void announce() {
		if (handle == null && session.isOpen()) {
			handle = session.store().editing(projectId);
		}
	}

	private void withdraw() {
		if (handle != null) {
			try {
				handle.close();
			} catch (Exception e) {
				// the server lets go of it with the connection anyway
			}
			handle = null;
		}
	}
}
