package se.finsam.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.eclipse.osgi.util.NLS;

import se.finsam.model.Project;
import se.finsam.store.StoreException;

/**
 * Who on a team server has unsaved edits of which project: a shared advisory lock per project, held on one
 * connection of this client while an editor is dirty. The server lets go of it by itself when the client goes
 * away (a crash or a lost connection leaves nothing behind to clean up), and every role may see who holds one
 * ({@code pg_locks} and the user name of {@code pg_stat_activity}), so an import can name her.
 */
final class EditPresence implements AutoCloseable {

	/** The first half of the lock's key: ours, apart from any other advisory lock on the database. */
	private static final int NAMESPACE = 0x46534D;

	private final DataSource source;
	private final Map<String, Integer> held = new HashMap<>();
	private Connection connection;
	private int pid;

	EditPresence(DataSource source) {
		this.source = source;
	}

	/** The project's half of the key: the same in every client. */
	private static int key(String projectId) {
		return projectId.hashCode() & 0x7fffffff;
	}

	/**
	 * Announces unsaved edits of the project until the handle is closed. Quiet on failure: the stale check on save
	 * still protects the edits, only an import would not be held back.
	 */
	synchronized AutoCloseable editing(String projectId) {
		try {
			if (held.merge(projectId, 1, Integer::sum) == 1) {
				lock("SELECT pg_advisory_lock_shared(?, ?)", projectId);
			}
		} catch (SQLException e) {
			forget();
		}
		boolean[] closed = { false };
		return () -> release(projectId, closed);
	}

	private synchronized void release(String projectId, boolean[] closed) {
		if (closed[0]) {
			return;
		}
		closed[0] = true;
		if (!held.containsKey(projectId)) {
			return; // the store closed meanwhile
		}
		Integer n = held.computeIfPresent(projectId, (k, v) -> v == 1 ? null : v - 1);
		if (n == null && connection != null) {
			try {
				lock("SELECT pg_advisory_unlock_shared(?, ?)", projectId);
			} catch (SQLException e) {
				forget();
			}
		}
	}

	private void lock(String sql, String projectId) throws SQLException {
		if (connection == null || connection.isClosed()) {
			connection = source.getConnection();
			try (PreparedStatement s = connection.prepareStatement("SELECT pg_backend_pid()");
					ResultSet rs = s.executeQuery()) {
				rs.next();
				pid = rs.getInt(1);
			}
			// A new session holds nothing: what is held here is taken again on it.
			for (String other : held.keySet()) {
				if (!other.equals(projectId)) {
					run("SELECT pg_advisory_lock_shared(?, ?)", other);
				}
			}
		}
		run(sql, projectId);
	}

	private void run(String sql, String projectId) throws SQLException {
		try (PreparedStatement s = connection.prepareStatement(sql)) {
			s.setInt(1, NAMESPACE);
			s.setInt(2, key(projectId));
			s.execute();
		}
	}

	/** A broken connection: the server has let go of its locks; the next claim opens a new one. */
	private void forget() {
		try {
			if (connection != null) {
				connection.close();
			}
		} catch (SQLException e) {
			// gone already
		}
		connection = null;
	}

	/**
	 * Refuses an import into a project another session has unsaved edits of, naming who; this client's own
	 * editors do not count (the stale check keeps her from overwriting her own import).
	 */
	void refuseImport(Connection c, Collection<Project> projects) throws SQLException {
		int own;
		synchronized (this) {
			own = connection == null ? 0 : pid;
		}
		try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT a.usename FROM pg_locks l "
				+ "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
				+ "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
				+ "AND l.classid = ?::oid AND l.objid = ?::oid AND l.objsubid = 2 AND l.pid <> ? ORDER BY 1")) {
			for (Project p : projects) {
				s.setLong(1, NAMESPACE);
				s.setLong(2, key(p.getId()));
				s.setInt(3, own);
				List<String> users = new ArrayList<>();
				try (ResultSet rs = s.executeQuery()) {
					while (rs.next()) {
						users.add(rs.getString(1));
					}
				}
				if (!users.isEmpty()) {
					throw new StoreException(NLS.bind(Messages.Server_importWhileEditing, p.getDiarienummer(),
							String.join(", ", users)));
				}
			}
		}
	}

	@Override
	public synchronized void close() {
		held.clear();
		forget();
	}
}
