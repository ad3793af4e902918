package se.finsam.store.internal;

import java.sql.SQLException;

/** Apache Derby. */
final class DerbyDialect implements SqlDialect {

	/** Derby's longest VARCHAR; longer texts would need a CLOB, which is slower to read. */
	private static final String TEXT = "VARCHAR(32672)";

	@Override
	public String expand(String sql) {
		return sql.replace("${TEXT}", TEXT).replace("${CLOB}", "CLOB(64M)").replace("${BOOLEAN}", "BOOLEAN");
	}

	@Override
	public boolean isMissingTable(SQLException e) {
		return "42X05".equals(e.getSQLState());
	}
}
