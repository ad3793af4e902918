package se.finsam.store.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * What a power user's report design reads: a database of its own, in memory, holding the documented views' rows
 * as tables of the same names and nothing else. The design connects as a user that may only read them (Derby's
 * native authentication with SQL authorization, read-only access), so it can neither reach the store's tables nor
 * declare a Java function, call a system procedure that reads or writes files, or change anything. Emptied when the
 * connection closes.
 */
final class ViewSnapshot {

	static final List<String> VIEWS = List.of("V_PROJECT", "V_PARTICIPANT", "V_BUDGET_YEAR", "V_OUTCOME");
	private static final String OWNER = "SNAPSHOT";
	private static final String READER = "DESIGN";
	private static final String NAME = "memory:finsam-views-" + ProcessHandle.current().pid();
	/** Random for each process: nothing but this class can connect as either user. */
	private static final String OWNER_PASSWORD = secret();
	private static final String READER_PASSWORD = secret();
	private static final java.util.concurrent.locks.ReentrantLock LOCK = new java.util.concurrent.locks.ReentrantLock();
	/** Each table's definition as made, by view. */
	private static final java.util.Map<String, String> SHAPES = new java.util.HashMap<>();
	private static boolean created;

	private ViewSnapshot() {
	}

	/**
	 * A read-only connection, as the design's user, to a snapshot of the views over {@code source}. The database is
	 * made once per process (creating it and turning on its authorization costs a second) and refilled from the
	 * store for every design, so a design never sees data older than the moment it started; one design at a time.
	 */
	static Connection of(Connection source) throws SQLException {
		LOCK.lock();
		try {
			if (!created) {
				create();
				created = true;
			}
			try (Connection c = dataSource(NAME, OWNER, OWNER_PASSWORD, null).getConnection()) {
				c.setAutoCommit(false);
				for (String view : VIEWS) {
					copy(source, c, view);
				}
				c.commit();
			}
			Connection reader = dataSource(NAME, READER, READER_PASSWORD, null).getConnection();
			reader.setReadOnly(true);
			return closing(reader);
		} catch (SQLException | RuntimeException e) {
			LOCK.unlock();
			throw e;
		}
	}

	private static void create() throws SQLException {
		try (Connection c = dataSource(NAME, OWNER, OWNER_PASSWORD, "create=true").getConnection();
				Statement s = c.createStatement()) {
			// The owner's credentials first: that turns on Derby's native authentication, and with it SQL
			// authorization, from the next boot.
			s.execute("CALL SYSCS_UTIL.SYSCS_CREATE_USER('" + OWNER + "', '" + OWNER_PASSWORD + "')");
			s.execute("CALL SYSCS_UTIL.SYSCS_CREATE_USER('" + READER + "', '" + READER_PASSWORD + "')");
			property(s, "derby.database.sqlAuthorization", "true");
			property(s, "derby.database.defaultConnectionMode", "noAccess");
			property(s, "derby.database.fullAccessUsers", OWNER);
			property(s, "derby.database.readOnlyAccessUsers", READER);
			property(s, "derby.database.propertiesOnly", "true");
		}
		shutdown(); // SQL authorization starts with the next boot
	}

	/** The view's rows into its table, made (with the reader's grant and synonym) the first time, emptied after. */
	private static void copy(Connection source, Connection target, String view) throws SQLException {
		try (Statement read = source.createStatement(); ResultSet rs = read.executeQuery("SELECT * FROM " + view)) {
			ResultSetMetaData meta = rs.getMetaData();
			StringBuilder create = new StringBuilder("CREATE TABLE " + OWNER + "." + view + " (");
			StringBuilder insert = new StringBuilder("INSERT INTO " + OWNER + "." + view + " VALUES (");
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				create.append(i > 1 ? ", " : "").append(meta.getColumnName(i)).append(' ').append(type(meta, i));
				insert.append(i > 1 ? ", ?" : "?");
			}
			String shape = create.toString();
			try (Statement s = target.createStatement()) {
				if (shape.equals(SHAPES.get(view))) {
					s.execute("DELETE FROM " + OWNER + "." + view);
				} else {
					if (SHAPES.containsKey(view)) { // another store's views, of another version: made anew
						s.execute("DROP SYNONYM " + READER + "." + view);
						s.execute("DROP TABLE " + OWNER + "." + view);
					}
					s.execute(shape + ")");
					s.execute("GRANT SELECT ON " + OWNER + "." + view + " TO " + READER);
					// The views' names as the designs write them, without a schema.
					s.execute("CREATE SYNONYM " + READER + "." + view + " FOR " + OWNER + "." + view);
					SHAPES.put(view, shape);
				}
			}
			try (PreparedStatement s = target.prepareStatement(insert.append(')').toString())) {
				int batch = 0;
				while (rs.next()) {
					for (int i = 1; i <= meta.getColumnCount(); i++) {
						s.setObject(i, rs.getObject(i), meta.getColumnType(i));
					}
					s.addBatch();
					if (++batch % 1000 == 0) {
						s.executeBatch();
					}
				}
				s.executeBatch();
			}
		}
	}

	private static String type(ResultSetMetaData meta, int i) throws SQLException {
		String type = meta.getColumnTypeName(i);
		return switch (type) {
		case "VARCHAR", "CHAR" -> type + "(" + Math.max(1, meta.getPrecision(i)) + ")";
		case "DECIMAL", "NUMERIC" -> type + "(" + meta.getPrecision(i) + ", " + meta.getScale(i) + ")";
		default -> type;
		};
	}

	private static void property(Statement s, String key, String value) throws SQLException {
		s.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('" + key + "', '" + value + "')");
	}

	/** The reader's connection; closing it empties the snapshot and lets the next design have it. */
	private static Connection closing(Connection reader) {
		return (Connection) Proxy.newProxyInstance(ViewSnapshot.class.getClassLoader(),
				new Class<?>[] { Connection.class }, new java.lang.reflect.InvocationHandler() {
					private boolean closed;

					@Override
					public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args) throws Throwable {
						if (method.getName().equals("close") && method.getParameterCount() == 0) {
							if (!closed) {
								closed = true;
								try {
									reader.close();
									empty();
								} finally {
									LOCK.unlock();
								}
							}
							return null;
						}
						try {
							return method.invoke(reader, args);
						} catch (InvocationTargetException e) {
							throw e.getCause();
						}
					}
				});
	}

	/** The rows go once the design is done: participants' data is not kept in memory longer than needed. */
	private static void empty() throws SQLException {
		try (Connection c = dataSource(NAME, OWNER, OWNER_PASSWORD, null).getConnection();
				Statement s = c.createStatement()) {
			for (String view : SHAPES.keySet()) {
				s.execute("DELETE FROM " + OWNER + "." + view);
			}
		}
	}

	private static void shutdown() {
		try (Connection c = dataSource(NAME, OWNER, OWNER_PASSWORD, "shutdown=true").getConnection()) {
			// never reached: a shutdown ends with SQLState 08006
		} catch (SQLException e) {
			// 08006: shut down
		}
	}

	private static EmbeddedDataSource dataSource(String name, String user, String password, String attributes) {
		EmbeddedDataSource ds = new EmbeddedDataSource();
		ds.setDatabaseName(name);
		ds.setUser(user);
		ds.setPassword(password);
		if (attributes != null) {
			ds.setConnectionAttributes(attributes);
		}
		return ds;
	}

	private static String secret() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}
}
