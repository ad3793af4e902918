package se.finsam.store.internal;

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

	/** The table does not exist. */
	boolean isMissingTable(SQLException e);
}
