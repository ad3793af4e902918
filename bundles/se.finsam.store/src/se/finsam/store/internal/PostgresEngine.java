package se.finsam.store.internal;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

import org.eclipse.osgi.util.NLS;
import org.postgresql.ds.PGSimpleDataSource;

import se.finsam.store.ServerAddress;
import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;
import se.finsam.store.WrongKeyException;

/**
 * A förbund's shared PostgreSQL server (team mode). A client never changes the schema: the database owner
 * initializes and upgrades it ({@link #initialize}); a client opens only a database of exactly its schema version,
 * with the förbund's key, which the server checks against a probe it keeps beside the key's salt (neither reveals
 * the key). Identities are sealed by the client before they are sent, as in the embedded store.
 */
final class PostgresEngine implements Engine {

	/** The förbund key's salt and a probe of the key (not secret), one row; made by {@link #initialize}. */
	static final String KEY_TABLE = "FINSAM_KEY";
	/** Where the server tells clients of saves. */
	static final String CHANNEL = "finsam_changes";
	private static final String PROBE_PURPOSE = "team-server-key-check";

	private final ServerAddress address;
	private final PGSimpleDataSource source;
	/** This client among the server's: its saves come back as notifications it leaves out. */
	private final String client = "Finsam Workbench " + java.util.UUID.randomUUID();
	private final SqlDialect dialect = new PostgresDialect();
	private final ConnectionPool pool;
	private final EditPresence presence;

	private PostgresEngine(ServerAddress address, PGSimpleDataSource source) {
		this.address = address;
		this.source = source;
		source.setApplicationName(client);
		this.pool = new ConnectionPool(source);
		this.presence = new EditPresence(source);
	}

	/** Connects to an initialized database of this schema version, with the förbund's key. */
	static JdbcStore open(ServerAddress address, char[] password, StoreKey key) {
		PostgresEngine engine = new PostgresEngine(address, source(address, password));
		try (Connection c = engine.connect()) {
			int version = Migrations.currentVersion(c, engine.dialect);
			if (version == 0 && isMember(c, address.database(), se.finsam.store.TeamRole.DESIGNER)) {
				// The schema is hidden from a designer: he reads the views from his report designer.
				throw new StoreException(NLS.bind(Messages.Server_designerDirect, address.user(), address));
			}
			if (version == 0) {
				throw new StoreException(NLS.bind(hasTables(c) ? Messages.Server_notOurs : Messages.Server_notInitialized,
						address));
			}
			Schema.refuseNewer(address.toString(), version);
			if (version < Migrations.LATEST) {
				throw new StoreException(NLS.bind(Messages.Server_older, new Object[] { address, version,
						Migrations.LATEST }));
			}
			if (key == null) {
				// A reader (the förbund's chef, the board) holds no key: figures only, and the server sees to it.
				if (!isMember(c, address.database(), se.finsam.store.TeamRole.READER)) {
					throw new WrongKeyException(NLS.bind(Messages.Server_keyNeeded, address.user(), address), null);
				}
				return new JdbcStore(engine, null, null, address.toString());
			}
			return new JdbcStore(engine, boundKey(c, key, address), null, address.toString());
		} catch (SQLException e) {
			throw DatabaseErrors.of(e);
		}
	}

	@Override
	public boolean publishesFigures() {
		return true;
	}

	@Override
	public void publish(Connection c, String projectId, long revision, String content) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("INSERT INTO READER_FIGURES (PROJECT_ID, COMPUTED_AT, CONTENT) "
				+ "SELECT ID, LOCALTIMESTAMP, ? FROM PROJECT WHERE ID = ? AND REVISION = ? ON CONFLICT (PROJECT_ID) "
				+ "DO UPDATE SET COMPUTED_AT = EXCLUDED.COMPUTED_AT, CONTENT = EXCLUDED.CONTENT")) {
			s.setString(1, content);
			s.setString(2, projectId);
			s.setLong(3, revision);
			s.executeUpdate();
		}
	}

	/**
	 * {@code admin init} and {@code admin upgrade}, run by the database's owner: an empty database gets the schema,
	 * the code lists and the förbund key's salt and probe; one of an older version is migrated. Refused for a
	 * database that holds tables of something else, and for a key that does not open an initialized one.
	 *
	 * @return the schema version before (0 for an empty database)
	 */
	static int initialize(ServerAddress address, char[] password, StoreKey key) {
		PostgresEngine engine = new PostgresEngine(address, source(address, password));
		try (Connection c = engine.connect()) {
			int version = Migrations.currentVersion(c, engine.dialect);
			if (version == 0 && hasTables(c)) {
				throw new StoreException(NLS.bind(Messages.Server_notOurs, address));
			}
			if (version == 0) {
				String weakness = key.weakness();
				if (weakness != null) {
					throw new StoreException(weakness);
				}
			} else {
				boundKey(c, key, address);
			}
			// One transaction (PostgreSQL's DDL and roles are transactional): all of it, or an empty database again.
			Schema.prepare(c, engine.dialect, address.toString(), from -> null, x -> {
				if (version == 0) {
					keepKeyProbe(x, key);
				}
				TeamRoles.grant(x, address.database()); // again after an upgrade: new tables get their grants
			});
			return version;
		} catch (SQLException e) {
			throw DatabaseErrors.of(e);
		}
	}

	private static void keepKeyProbe(Connection c, StoreKey key) throws SQLException {
		String salt = StoreKey.newSalt();
		try (Statement s = c.createStatement()) {
			s.execute("CREATE TABLE " + KEY_TABLE + " (SALT TEXT NOT NULL, PROBE TEXT NOT NULL)");
		}
		try (PreparedStatement s = c.prepareStatement("INSERT INTO " + KEY_TABLE + " VALUES (?, ?)")) {
			s.setString(1, salt);
			s.setString(2, probe(key.forSalt(salt)));
			s.executeUpdate();
		}
	}

	/** The key stretched with the server's salt, after the server's probe says it is the förbund's. */
	private static StoreKey boundKey(Connection c, StoreKey key, ServerAddress address) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT SALT, PROBE FROM " + KEY_TABLE)) {
			if (!rs.next()) {
				throw new StoreException(NLS.bind(Messages.Server_notInitialized, address));
			}
			StoreKey bound = key.forSalt(rs.getString(1));
			if (!probe(bound).equals(rs.getString(2))) {
				throw new WrongKeyException(NLS.bind(Messages.Store_wrongKey, address), null);
			}
			return bound;
		}
	}

	private static boolean isMember(Connection c, String database, se.finsam.store.TeamRole role)
			throws SQLException {
		try (PreparedStatement s = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM pg_roles R WHERE "
				+ "R.ROLNAME = ? AND pg_has_role(CURRENT_USER, R.OID, 'MEMBER'))")) {
			s.setString(1, TeamRoles.group(database, role));
			try (ResultSet rs = s.executeQuery()) {
				return rs.next() && rs.getBoolean(1);
			}
		}
	}

	private static String probe(StoreKey bound) {
		return HexFormat.of().formatHex(bound.derive(PROBE_PURPOSE));
	}

	private static boolean hasTables(Connection c) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
				"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()")) {
			rs.next();
			return rs.getInt(1) > 0;
		}
	}

	private static PGSimpleDataSource source(ServerAddress address, char[] password) {
		PGSimpleDataSource source = new PGSimpleDataSource();
		source.setUrl(address.jdbcUrl());
		source.setUser(address.user());
		if (password != null) {
			source.setPassword(new String(password));
		}
		source.setConnectTimeout(address.connectTimeout());
		source.setTcpKeepAlive(true);
		source.setLogServerErrorDetail(false); // a DETAIL line quotes the row's values, which may be personal data
		return source;
	}

	/** A connection as this user, or one Swedish line saying why there is none (for administration). */
	static Connection connect(ServerAddress address, char[] password) {
		return new PostgresEngine(address, source(address, password)).connect();
	}

	/** A connection, or one Swedish line saying why there is none. */
	private Connection connect() {
		try {
			return source.getConnection();
		} catch (SQLException e) {
			throw refused(e);
		}
	}

	private StoreException refused(SQLException e) {
		boolean noPassword = source.getPassword() == null;
		String state = e.getSQLState() == null ? "" : e.getSQLState();
		String message = switch (state) {
		case "28P01", "28000" -> NLS.bind(Messages.Server_loginRefused, address.user(), address);
		case "08004" -> noPassword ? NLS.bind(Messages.Server_passwordNeeded, address.user(), address) : null;
		case "3D000" -> NLS.bind(Messages.Server_noDatabase, address.database(), address);
		default -> null;
		};
		for (Throwable t = e; message == null && t != null; t = t.getCause()) {
			if (t instanceof UnknownHostException) {
				message = NLS.bind(Messages.Server_unknownHost, address.host());
			} else if (t instanceof ConnectException || t instanceof java.net.SocketTimeoutException) {
				message = NLS.bind(Messages.Server_down, address.host(), address.port());
			} else if (t instanceof javax.net.ssl.SSLException || t instanceof java.security.cert.CertificateException) {
				message = NLS.bind(Messages.Server_tlsFailed, address.host(), address.sslMode());
			}
		}
		if (message == null) {
			message = NLS.bind(Messages.Server_cannotConnect, address,
					DatabaseErrors.withoutValues(String.valueOf(e.getMessage())));
		}
		if (state.startsWith("28") || (state.equals("08004") && noPassword)) {
			return new se.finsam.store.LoginRefusedException(message, DatabaseErrors.sanitized(e));
		}
		return new StoreException(message, DatabaseErrors.sanitized(e));
	}

	@Override
	public Connection connection() throws SQLException {
		return pool.get();
	}

	@Override
	public java.util.Optional<String[]> lastSave(Connection c, String projectId) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("SELECT SAVED_BY, SAVED_AT FROM PROJECT WHERE ID = ?")) {
			s.setString(1, projectId);
			try (ResultSet rs = s.executeQuery()) {
				if (!rs.next() || rs.getString(1) == null) {
					return java.util.Optional.empty();
				}
				java.time.LocalDateTime at = rs.getTimestamp(2).toLocalDateTime();
				return java.util.Optional.of(new String[] { rs.getString(1),
						at.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) });
			}
		}
	}

	@Override
	public java.util.List<se.finsam.store.ChangeEntry> changes(Connection c) throws SQLException {
		java.util.List<se.finsam.store.ChangeEntry> out = new java.util.ArrayList<>();
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT RECORDED_AT, USER_NAME, "
				+ "TABLE_NAME, OPERATION, ROW_KEY, PROJECT_ID, FIELDS FROM " + TeamAudit.LOG + " ORDER BY NUM")) {
			while (rs.next()) {
				String fields = rs.getString(7);
				out.add(new se.finsam.store.ChangeEntry(rs.getTimestamp(1).toInstant(), rs.getString(2),
						rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
						fields == null ? java.util.List.of() : java.util.List.of(fields.split(","))));
			}
		}
		return out;
	}

	@Override
	public AutoCloseable watch(java.util.function.Consumer<se.finsam.store.StoreChange> listener) {
		Connection c;
		try {
			c = source.getConnection();
			try (Statement s = c.createStatement()) {
				s.execute("LISTEN " + CHANNEL);
			}
		} catch (SQLException e) {
			throw DatabaseErrors.of(e);
		}
		Thread watcher = Thread.ofPlatform().daemon().name("Finsam team server changes").start(() -> {
			org.postgresql.PGConnection pg;
			try {
				pg = c.unwrap(org.postgresql.PGConnection.class);
				while (!Thread.currentThread().isInterrupted()) {
					org.postgresql.PGNotification[] received = pg.getNotifications(1000);
					for (org.postgresql.PGNotification n : received == null ? new org.postgresql.PGNotification[0]
							: received) {
						String[] parts = n.getParameter().split(" ", 4);
						if (parts.length == 4 && !parts[3].equals(client)) {
							listener.accept(new se.finsam.store.StoreChange(parts[0], parts[1], parts[2]));
						}
					}
				}
			} catch (SQLException | RuntimeException e) {
				// the connection closed (the store closed, or the server went away): no more news
			}
		});
		return () -> {
			watcher.interrupt();
			try {
				c.close();
			} catch (SQLException e) {
				// already gone
			}
		};
	}

	@Override
	public AutoCloseable editing(String projectId) {
		return presence.editing(projectId);
	}

	@Override
	public void refuseImport(Connection c, java.util.Collection<se.finsam.model.Project> projects)
			throws SQLException {
		presence.refuseImport(c, projects);
	}

	@Override
	public SqlDialect dialect() {
		return dialect;
	}

	@Override
	public Path backup(Connection c, Path directory) {
		throw new StoreException(NLS.bind(Messages.Server_noBackup, address));
	}

	@Override
	public Connection designConnection() {
		throw new StoreException(NLS.bind(Messages.Server_designDirect, address));
	}

	@Override
	public void close() {
		presence.close();
		pool.close();
	}
}
