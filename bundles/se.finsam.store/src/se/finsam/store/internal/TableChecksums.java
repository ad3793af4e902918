package se.finsam.store.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import se.finsam.store.TableCheck;

/**
 * What a copy between engines must keep, table by table: the row count and a SHA-256 over the rows' values in a
 * form both engines give alike. Sealed values (personnummer, personal details) are sealed anew with the target's
 * key, so only whether a row has one counts; engine-made numbers and revisions are left out.
 */
final class TableChecksums {

	/** The tables a copy carries, in an order that satisfies their references. */
	static final List<String> TABLES = List.of("ASSOCIATION", "PARTY", "LOCAL_GROUP", "ATTRIBUTE_DEFINITION",
			"PROJECT", "PROJECT_PARTY", "PROJECT_PERIOD", "GOAL", "BUDGET_LINE", "BUDGET_AMOUNT", "FLAT_RATE",
			"PARTICIPANT", "DOCUMENT", "AUDIT", "CODE_ENTRY");
	private static final Set<String> ENGINE_MADE = Set.of("NUM", "PROJECT_NO", "ASSOCIATION_NO", "REVISION",
			"ROW_HASH", "SAVED_BY", "SAVED_AT");
	private static final Set<String> SEALED = Set.of("PNR_CIPHER", "PNR_SEALED", "PNR_PSEUDONYM", "PNR_KEY", "DETAILS",
			"DETAILS_UTF8");

	private TableChecksums() {
	}

	static Map<String, TableCheck> of(Connection c) throws SQLException {
		Map<String, TableCheck> result = new LinkedHashMap<>();
		for (String table : TABLES) {
			result.put(table, table(c, table));
		}
		return result;
	}

	private static TableCheck table(Connection c, String table) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
			ResultSetMetaData meta = rs.getMetaData();
			List<Integer> columns = new ArrayList<>();
			List<Boolean> sealed = new ArrayList<>();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				String name = meta.getColumnName(i).toUpperCase(Locale.ROOT);
				if (!ENGINE_MADE.contains(name)) {
					columns.add(i);
					sealed.add(SEALED.contains(name));
				}
			}
			while (rs.next()) {
				StringBuilder row = new StringBuilder();
				for (int k = 0; k < columns.size(); k++) {
					Object value = rs.getObject(columns.get(k));
					row.append(sealed.get(k) ? (value == null ? "-" : "*") : canonical(value)).append('\u001f');
				}
				rows.add(row.toString());
			}
		}
		rows.sort(null); // the engines return rows in orders of their own
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String row : rows) {
				digest.update(row.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) '\n');
			}
			return new TableCheck(table, rows.size(), HexFormat.of().formatHex(digest.digest()));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String canonical(Object value) {
		if (value == null) {
			return "\u0000";
		}
		if (value instanceof byte[] bytes) {
			return HexFormat.of().formatHex(bytes);
		}
		if (value instanceof BigDecimal d) {
			return d.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Timestamp t) { // Derby keeps nanoseconds, PostgreSQL microseconds
			return t.toInstant().truncatedTo(ChronoUnit.MILLIS).toString();
		}
		if (value instanceof java.sql.Clob clob) {
			try {
				return clob.getSubString(1, (int) clob.length());
			} catch (SQLException e) {
				throw new IllegalStateException(e);
			}
		}
		return value.toString().stripTrailing();
	}
}
