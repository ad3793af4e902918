package se.finsam.store.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.sql.DataSource;

/**
 * A few idle connections to a team server kept for the next call: a new one costs a TCP connect, the login
 * (SCRAM) and a server process, which is most of a small call's time. A connection goes back only in a clean state
 * (no transaction open, autocommit on, not read-only); one the server dropped is discarded with every idle one
 * (they went with it) and the next call connects anew, so a lost connection heals as before. A connection handed
 * back within the last second is used without asking the server first (a round trip of each call's dozen, and under
 * load each waits for the server's process to be scheduled); an older one is checked.
 */
final class ConnectionPool {

	private static final int IDLE = 4;
	private static final long FRESH_NANOS = 1_000_000_000L;

	private record Idle(Connection connection, long since) {
	}

	private final DataSource source;
	private final Deque<Idle> idle = new ArrayDeque<>();
	private boolean closed;

	ConnectionPool(DataSource source) {
		this.source = source;
	}

	Connection get() throws SQLException {
		while (true) {
			Idle i;
			synchronized (this) {
				i = idle.pollFirst();
			}
			if (i == null) {
				return wrap(source.getConnection());
			}
			if (System.nanoTime() - i.since() < FRESH_NANOS || i.connection().isValid(2)) {
				return wrap(i.connection());
			}
			quietly(i.connection());
		}
	}

	private Connection wrap(Connection real) {
		boolean[] returned = { false };
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					if (method.getName().equals("close") && method.getParameterCount() == 0) {
						if (!returned[0]) {
							returned[0] = true;
							release(real);
						}
						return null;
					}
					if (method.getName().equals("isClosed") && method.getParameterCount() == 0 && returned[0]) {
						return true;
					}
					try {
						return method.invoke(real, args);
					} catch (InvocationTargetException e) {
						throw e.getCause();
					}
				});
	}

	private void release(Connection c) {
		try {
			if (!c.isClosed()) {
				if (!c.getAutoCommit()) {
					c.rollback();
					c.setAutoCommit(true);
				}
				c.setReadOnly(false);
				synchronized (this) {
					if (!closed && idle.size() < IDLE) {
						idle.addFirst(new Idle(c, System.nanoTime()));
						return;
					}
				}
			} else {
				drain(); // the server went away: the idle ones are gone too
			}
		} catch (SQLException e) {
			// a broken connection is not kept
			drain();
		}
		quietly(c);
	}

	private synchronized void drain() {
		idle.forEach(i -> quietly(i.connection()));
		idle.clear();
	}

	synchronized void close() {
		closed = true;
		drain();
	}

	private static void quietly(Connection c) {
		try {
			c.close();
		} catch (SQLException e) {
			// going anyway
		}
	}
}
