package se.finsam.store.internal;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Everything that differs between the databases the store runs on (Derby embedded; PostgreSQL for team mode). The
 * SQL elsewhere is standard.
 */
interface SqlDialect {

	/**
	 * Fills the type placeholders of the migration scripts: ${TEXT}, ${CLOB}, ${BOOLEAN}, ${BINARY} (the longest
	 * bytes) and ${BYTES(n)} (at most n bytes).
	 */
	String expand(String sql);

	/** The folder under {@code db/} of this engine's own parts of migration scripts (Migrations). */
	String scripts();

	/**
	 * Statements run once on an empty database before the first migration: what the scripts use that this engine
	 * lacks (PostgreSQL has no YEAR function).
	 */
	default java.util.List<String> preamble() {
		return java.util.List.of();
	}

	/** Whether participants are inserted through {@link ParticipantRows} (Derby's bulk load) instead of batches. */
	default boolean insertsParticipantRows() {
		return false;
	}

	/** The most bytes a ${BINARY} column holds (PARTICIPANT.DETAILS_UTF8). */
	default int binaryWidth() {
		return Integer.MAX_VALUE;
	}

	/** Whether schema changes roll back with their transaction (PostgreSQL: yes; Derby commits them per step). */
	default boolean transactionalDdl() {
		return false;
	}

	/** A unique constraint was violated (SQLState 23505 in both Derby and PostgreSQL). */
	default boolean isUniqueViolation(SQLException e) {
		return "23505".equals(e.getSQLState());
	}

	/** A foreign key still refers to the row (SQLState 23503). */
	default boolean isForeignKeyViolation(SQLException e) {
		return "23503".equals(e.getSQLState());
	}

	/**
	 * Rewrites the participant table's pages and retires the log files written so far, so that values erased
	 * from it no longer lie in free space or old log files.
	 */
	void reclaimParticipants(Connection c) throws SQLException;

	/** The table does not exist. */
	boolean isMissingTable(SQLException e);
}
