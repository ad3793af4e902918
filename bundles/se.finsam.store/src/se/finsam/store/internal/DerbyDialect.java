package se.finsam.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/** Apache Derby. */
final class DerbyDialect implements SqlDialect {

	/** Derby's longest VARCHAR; longer texts would need a CLOB, which is slower to read. */
	private static final String TEXT = "VARCHAR(32672)";
	/** Derby's longest VARCHAR FOR BIT DATA, in bytes. */
	static final int BINARY_WIDTH = 32_672;
	static final String BINARY = "VARCHAR(" + BINARY_WIDTH + ") FOR BIT DATA";

	@Override
	public String expand(String sql) {
		return sql.replace("${TEXT}", TEXT).replace("${CLOB}", "CLOB(64M)").replace("${BOOLEAN}", "BOOLEAN")
				.replace("${BINARY}", BINARY).replaceAll("\\$\\{BYTES\\((\\d+)\\)}", "VARCHAR($1) FOR BIT DATA");
	}

	@Override
	public String scripts() {
		return "derby";
	}

	@Override
	public int binaryWidth() {
		return BINARY_WIDTH;
	}

	@Override
	public boolean insertsParticipantRows() {
		return true;
	}

	/**
	 * A full compress builds new pages and drops the old container. The erased values also lie in the transaction
	 * log, whose file Derby retires only when it has written a full file (derby.storage.logSwitchInterval, 1 MB)
	 * past it and checkpointed: so 1.2 MB of filler is written and deleted (table LOG_FILLER), and a checkpoint
	 * lets Derby delete the old log files.
	 */
	@Override
	public void reclaimParticipants(Connection c) throws SQLException {
		boolean auto = c.getAutoCommit();
		c.setAutoCommit(true);
		try (Statement s = c.createStatement()) {
			s.execute("CALL SYSCS_UTIL.SYSCS_COMPRESS_TABLE('APP', 'PARTICIPANT', 1)");
			s.execute("CALL SYSCS_UTIL.SYSCS_CHECKPOINT_DATABASE()");
			String filler = "0".repeat(30_000);
			try (PreparedStatement insert = c.prepareStatement("INSERT INTO LOG_FILLER (FILLER) VALUES (?)")) {
				for (int i = 0; i < FILLER_ROWS; i++) {
					insert.setString(1, filler);
					insert.executeUpdate();
				}
			}
			s.execute("DELETE FROM LOG_FILLER");
			s.execute("CALL SYSCS_UTIL.SYSCS_CHECKPOINT_DATABASE()");
			s.execute("CALL SYSCS_UTIL.SYSCS_COMPRESS_TABLE('APP', 'LOG_FILLER', 1)");
		} finally {
			c.setAutoCommit(auto);
		}
	}

	/** 40 rows of 30 000 characters: more than one log file of 1 MB. */
	private static final int FILLER_ROWS = 40;

	@Override
	public boolean isMissingTable(SQLException e) {
		return "42X05".equals(e.getSQLState());
	}
}
