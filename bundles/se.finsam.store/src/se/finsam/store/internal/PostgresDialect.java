package se.finsam.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * PostgreSQL (15 and later), for team mode: the migration scripts run unchanged but for the types and one function
 * Derby has built in.
 */
final class PostgresDialect implements SqlDialect {

	@Override
	public String expand(String sql) {
		return sql.replace("${TEXT}", "TEXT").replace("${CLOB}", "TEXT").replace("${BOOLEAN}", "BOOLEAN")
				.replace("${BINARY}", "BYTEA").replaceAll("\\$\\{BYTES\\(\\d+\\)}", "BYTEA");
	}

	@Override
	public String scripts() {
		return "postgresql";
	}

	@Override
	public boolean transactionalDdl() {
		return true;
	}

	@Override
	public List<String> preamble() {
		// Derby's YEAR(date), which the views use; IMMUTABLE so that an index or view may use it freely.
		return List.of("CREATE FUNCTION YEAR(D DATE) RETURNS INTEGER AS 'SELECT CAST(EXTRACT(YEAR FROM D) AS INTEGER)' "
				+ "LANGUAGE SQL IMMUTABLE");
	}

	/** VACUUM FULL rewrites the table into new files; a checkpoint lets the server recycle the WAL behind it. */
	@Override
	public void reclaimParticipants(Connection c) throws SQLException {
		boolean auto = c.getAutoCommit();
		c.setAutoCommit(true); // VACUUM cannot run inside a transaction
		try (Statement s = c.createStatement()) {
			s.execute("VACUUM FULL PARTICIPANT");
			s.execute("CHECKPOINT");
		} finally {
			c.setAutoCommit(auto);
		}
	}

	@Override
	public boolean isMissingTable(SQLException e) {
		return "42P01".equals(e.getSQLState()); // undefined_table
	}
}
