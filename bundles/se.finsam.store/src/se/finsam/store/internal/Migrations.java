package se.finsam.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Versioned schema migrations: {@code db/V<n>__<description>.sql} in this bundle, applied in order at open, each
 * in its own transaction together with its row in SCHEMA_VERSION. A migration never changes once released; a
 * change is a new one. A migration that needs what SQL cannot compute has a Java step, run after its script in the
 * same transaction. A script may have a part for one engine alone, {@code db/<engine>/<script>}
 * ({@link SqlDialect#scripts()}), run after the shared script and its step.
 */
final class Migrations {

	/** The migrations of this version, in order; the index + 1 is the schema version. */
	static final List<String> SCRIPTS = List.of("V1__initial.sql", "V2__views.sql", "V3__association_format.sql",
			"V4__audit.sql", "V5__privacy.sql", "V6__participant_keys.sql", "V7__reader_figures.sql",
			"V8__participant_details_bytes.sql", "V9__participant_rows.sql");
	static final int LATEST = SCRIPTS.size();

	/** What a script cannot do in SQL alone, by schema version. */
	private static final Map<Integer, Step> STEPS = Map.of(6, (c, dialect) -> ParticipantDao.fillPnrKeys(c), 8,
			ParticipantDao::detailsAsUtf8, 9, (c, dialect) -> ParticipantDao.identityAsBytes(c));

	@FunctionalInterface
	private interface Step {
		void run(Connection c, SqlDialect dialect) throws SQLException;
	}

	private Migrations() {
	}

	/** The schema version of the database (0 when empty). */
	static int currentVersion(Connection c, SqlDialect dialect) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(VERSION) FROM SCHEMA_VERSION")) {
			rs.next();
			return rs.getInt(1);
		} catch (SQLException e) {
			if (dialect.isMissingTable(e)) {
				if (!c.getAutoCommit()) {
					c.rollback(); // PostgreSQL refuses everything after a failed statement until the transaction ends
				}
				return 0;
			}
			throw e;
		}
	}

	static void migrate(Connection c, SqlDialect dialect, int target) throws SQLException {
		c.setAutoCommit(false);
		int current = currentVersion(c, dialect);
		if (current == 0) {
			try (Statement s = c.createStatement()) {
				s.execute("CREATE TABLE SCHEMA_VERSION (VERSION INT NOT NULL PRIMARY KEY, APPLIED TIMESTAMP NOT NULL, "
						+ "SCRIPT VARCHAR(200) NOT NULL)");
				for (String statement : dialect.preamble()) {
					s.execute(statement);
				}
			}
			commitStep(c, dialect);
		}
		for (int version = current + 1; version <= target; version++) {
			String script = SCRIPTS.get(version - 1);
			run(c, dialect, read(script));
			Step step = STEPS.get(version);
			if (step != null) {
				step.run(c, dialect);
			}
			run(c, dialect, read(dialect.scripts() + "/" + script));
			try (PreparedStatement p = c.prepareStatement("INSERT INTO SCHEMA_VERSION VALUES (?, ?, ?)")) {
				p.setInt(1, version);
				p.setTimestamp(2, new Timestamp(System.currentTimeMillis()));
				p.setString(3, script);
				p.executeUpdate();
			}
			commitStep(c, dialect);
		}
	}

	/**
	 * Derby commits each migration with its row (its DDL is committed anyway); on an engine whose DDL is
	 * transactional the caller commits all of them at once, so that a failure leaves the database as it was.
	 */
	private static void commitStep(Connection c, SqlDialect dialect) throws SQLException {
		if (!dialect.transactionalDdl()) {
			c.commit();
		}
	}

	private static void run(Connection c, SqlDialect dialect, String script) throws SQLException {
		try (Statement s = c.createStatement()) {
			for (String statement : statements(dialect.expand(script))) {
				s.execute(statement);
			}
		}
	}

	/** Splits a script at lines holding only ";" and drops comment lines. */
	static List<String> statements(String script) {
		List<String> result = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : script.split("\\R")) {
			if (line.strip().equals(";")) {
				if (!current.toString().isBlank()) {
					result.add(current.toString().strip());
				}
				current.setLength(0);
			} else if (!line.strip().startsWith("--")) {
				current.append(line).append('\n');
			}
		}
		return result;
	}

	/** The script, or nothing where an engine's part of it is absent (most have none). */
	private static String read(String script) {
		try (InputStream in = Migrations.class.getResourceAsStream("/db/" + script)) {
			if (in == null) {
				if (script.contains("/")) {
					return "";
				}
				throw new IllegalStateException("migration " + script + " missing from the bundle");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
