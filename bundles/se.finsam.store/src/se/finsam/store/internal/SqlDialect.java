package se.finsam.store.internal;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Everything that differs between the databases the store runs on. The SQL elsewhere is standard; a later
 * PostgreSQL dialect only implements this interface.
 */
interface SqlDialect {

	/** Fills the type placeholders of the migration scripts: ${TEXT}, ${CLOB}, ${BOOLEAN}. */
	String expand(String sql);

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
