package se.finsam.store.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.derby.vti.VTITemplate;

/**
 * The rows of one participant INSERT, handed to Derby as the table function {@value #FUNCTION}: {@code INSERT INTO
 * PARTICIPANT SELECT * FROM TABLE(FINSAM_PARTICIPANT_ROWS_4(token))}. From a table function Derby loads an empty
 * table in bulk: a new heap written without a log record per row, the indexes built by sorting, all of it in the
 * transaction (a rollback drops the new heap). That halves the first save or import of a store (issue 16: 100 000
 * participants). Into a table that holds rows Derby inserts row by row, as fast as a batch of single-row INSERTs;
 * a table that holds few is therefore emptied and loaded with its rows and the new ones ({@link #insert}).
 * <p>
 * Public for Derby alone, which calls {@link #open(int)}; it loads this class through the thread's context class
 * loader, which {@link #insert} sets to this bundle's.
 */
public final class ParticipantRows extends VTITemplate {

	/**
	 * The routine in the store's schema, declared by the first insert that finds it missing ({@link #prepare}); named
	 * with its shape, so that a store whose function has another shape gets this one beside it ({@link #declare}).
	 */
	static final String FUNCTION = "FINSAM_PARTICIPANT_ROWS_4";

	/**
	 * Earlier shapes' names, dropped where found (the first returned dates as DATE, the second DETAILS as text, the
	 * third the id and sealed personnummer as text).
	 */
	private static final List<String> EARLIER = List.of("FINSAM_PARTICIPANT_ROWS", "FINSAM_PARTICIPANT_ROWS_2",
			"FINSAM_PARTICIPANT_ROWS_3");

	/**
	 * Its declaration. The columns are PARTICIPANT's that {@link ParticipantDao} writes, in its order and with the
	 * table's types, but for the dates: ISO text, which Derby stores into the DATE columns. A DATE from a table
	 * function costs Derby three calendars (reading it, then its cast to the declared type through java.sql.Date),
	 * text one: about a quarter of a bulk load's time was calendars (JFR of bench store).
	 */
	static final String DECLARATION = "CREATE FUNCTION " + FUNCTION + " (TOKEN INT) RETURNS TABLE ("
			+ "PROJECT_NO INT, POS INT, ASSOCIATION_NO INT, ID_UTF8 VARCHAR(144) FOR BIT DATA, CODE VARCHAR(60), "
			+ "PNR_SEALED VARCHAR(150) FOR BIT DATA, "
			+ "PNR_KEY BIGINT, GENDER VARCHAR(12), BIRTH_YEAR INT, CONSENT BOOLEAN, ENROLMENT_DATE VARCHAR(10), "
			+ "ENROLMENT_YEAR INT, EXIT_DATE VARCHAR(10), REFERRING_PARTY VARCHAR(40), SUPPORT_START VARCHAR(40), "
			+ "SUPPORT_EXTENT_START INT, SUPPORT_EXIT VARCHAR(40), SUPPORT_EXTENT_EXIT INT, OCCUPATION_START VARCHAR(40), "
			+ "OCCUPATION_EXIT VARCHAR(40), EXIT_REASON VARCHAR(40), START_EQ5D DECIMAL(6,3), START_VAS INT, "
			+ "EXIT_EQ5D DECIMAL(6,3), EXIT_VAS INT, DETAILS_UTF8 " + DerbyDialect.BINARY + ", "
			+ "CONSENT_WITHDRAWN VARCHAR(10), "
			+ "IDENTITY_ERASED VARCHAR(10), HAS_IDENTITY BOOLEAN, ROW_HASH BIGINT) LANGUAGE JAVA PARAMETER STYLE "
			+ "DERBY_JDBC_RESULT_SET NO SQL EXTERNAL NAME '" + ParticipantRows.class.getName() + ".open'";

	/**
	 * The declared width of each text column, -1 for the others. Derby cuts a table function's text to the width it
	 * declares without a word (its cast from the function's values), where a row-by-row INSERT refuses the value:
	 * the rows are therefore checked here ({@link #next()}), so that a bulk load refuses what a save refuses.
	 */
	private static final int[] WIDTHS = widths(DECLARATION);

	/** Derby's "does not identify a table function" and "is not recognized as a function or procedure". */
	private static final Set<String> UNKNOWN_ROUTINE = Set.of("42ZB4", "42Y03");

	/** Where the rows come from: binds the next one's values in the columns' order, or answers false at the end. */
	@FunctionalInterface
	interface Source {
		boolean next(Binder row) throws SQLException;
	}

	/** At most these many rows in the table are written again when the count of those coming is not known. */
	private static final int REWRITE_UNCOUNTED = 2_000;

	/** Never more than these many (they are held in memory meanwhile). */
	private static final int REWRITE_MAX = 20_000;

	/**
	 * Nor in a smaller heap: a bulk load's index sorts then spill to disk (Derby holds an eighth of the heap's worth
	 * of rows, Database) and crowd the collector. Cold imports of 100 000 rows beside 200, written again against
	 * row by row: at -Xmx2g (the product's) 8.5–10.1 s against 9.3–11.4 s, at -Xmx512m 9.3–10.0 s against
	 * 9.0–10.3 s (no gain), at -Xmx128m 13–14 s against 10–11 s (40–60 full collections against 12–14).
	 */
	private static final long REWRITE_HEAP = 768L << 20;

	private static final Map<Integer, ParticipantRows> OPEN = new ConcurrentHashMap<>();
	private static final AtomicInteger TOKENS = new AtomicInteger();

	private final Source source;
	private final List<Object[]> kept;
	private int keptDelivered;
	private final Object[] row;
	private boolean wasNull;
	private RuntimeException failure;
	private Error error;
	private SQLException tooLong;

	private ParticipantRows(Source source, List<Object[]> kept, int columns) {
		this.source = source;
		this.kept = kept;
		this.row = new Object[columns];
	}

	/**
	 * Inserts what {@code source} delivers into the named columns; what the source throws (a feed's parse error) is
	 * thrown as it was, not wrapped by Derby.
	 * <p>
	 * Derby loads in bulk only into a table that holds no rows (to the transaction: deleted ones do not count). Into
	 * one that holds rows it inserts row by row, each through three B-trees and the log: a cold {@code ./finsam
	 * import} of 100 000 rows took 9.1 s into a store holding 200 participants and 8.3 s into one holding none. So
	 * the rows of a table that holds few beside those coming are deleted and loaded again with them, all in the
	 * transaction (the user's own {@code insertMode=replace} is refused to application SQL): when it holds at most
	 * a quarter of the {@code expected} rows, or at most {@value #REWRITE_UNCOUNTED} when they are not counted
	 * beforehand (-1: an import's, read as they come).
	 */
	static int insert(Connection c, String columns, int count, int expected, Source source) throws SQLException {
		List<Object[]> kept = kept(c, columns, count, expected);
		if (!kept.isEmpty()) {
			try (Statement s = c.createStatement()) {
				s.executeUpdate("DELETE FROM PARTICIPANT");
			}
		}
		ParticipantRows rows = new ParticipantRows(source, kept, count);
		int token = TOKENS.incrementAndGet();
		OPEN.put(token, rows);
		Thread thread = Thread.currentThread();
		ClassLoader before = thread.getContextClassLoader();
		thread.setContextClassLoader(ParticipantRows.class.getClassLoader());
		try (PreparedStatement s = prepare(c, columns)) {
			s.setInt(1, token);
			return s.executeUpdate();
		} catch (SQLException e) {
			if (rows.error != null) {
				throw rows.error;
			}
			if (rows.tooLong != null) {
				throw rows.tooLong;
			}
			if (rows.failure != null) {
				throw rows.failure;
			}
			throw e;
		} finally {
			OPEN.remove(token);
			thread.setContextClassLoader(before);
		}
	}

	/**
	 * The table's rows to write again with the new ones (their dates as text, like the function's), or none: the
	 * table is empty (Derby loads it in bulk anyway), holds more rows than pay to write again, or holds a row with a
	 * value the function does not carry (a pseudonym from before schema 6), or the heap is small.
	 */
	private static List<Object[]> kept(Connection c, String columns, int count, int expected) throws SQLException {
		if (Runtime.getRuntime().maxMemory() < REWRITE_HEAP) {
			return List.of();
		}
		int limit = expected < 0 ? REWRITE_UNCOUNTED : Math.min(REWRITE_MAX, expected / 4);
		List<Object[]> kept = new ArrayList<>();
		try (PreparedStatement s = c.prepareStatement("SELECT " + columns + ", PNR_PSEUDONYM FROM PARTICIPANT "
				+ "FETCH FIRST " + (limit + 1) + " ROWS ONLY"); ResultSet rs = s.executeQuery()) {
			while (rs.next()) {
				if (kept.size() == limit || rs.getString(count + 1) != null) {
					return List.of();
				}
				Object[] values = new Object[count];
				for (int i = 0; i < count; i++) {
					Object value = rs.getObject(i + 1);
					values[i] = value instanceof Date date ? date.toLocalDate().toString() : value;
				}
				kept.add(values);
			}
		}
		return kept;
	}

	/**
	 * The INSERT through the function, which is declared first where the store lacks it (a new store, or one with
	 * an earlier shape), in the insert's transaction. Not at every open: looking it up in Derby's catalog was a
	 * statement to compile in every command that opens the store (7 of 263 samples of a cold report's command thread).
	 */
	private static PreparedStatement prepare(Connection c, String columns) throws SQLException {
		String insert = "INSERT INTO PARTICIPANT (" + columns + ") SELECT * FROM TABLE (" + FUNCTION + "(?)) R";
		try {
			return c.prepareStatement(insert);
		} catch (SQLException e) {
			if (!UNKNOWN_ROUTINE.contains(e.getSQLState())) {
				throw e;
			}
			declare(c); // a compile error leaves the transaction as it was
			return c.prepareStatement(insert);
		}
	}

	/** Creates the function unless the schema has it, and drops its earlier shapes. */
	private static void declare(Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			for (String earlier : EARLIER) {
				if (declared(c, earlier)) {
					s.execute("DROP FUNCTION " + earlier);
				}
			}
			if (!declared(c, FUNCTION)) {
				try {
					s.execute(DECLARATION);
				} catch (SQLException e) {
					if (!"X0Y68".equals(e.getSQLState())) { // "already exists": another connection declared it
						throw e;
					}
				}
			}
		}
	}

	private static boolean declared(Connection c, String function) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM SYS.SYSALIASES A JOIN SYS.SYSSCHEMAS S "
				+ "ON S.SCHEMAID = A.SCHEMAID WHERE A.ALIAS = ? AND S.SCHEMANAME = CURRENT SCHEMA")) {
			s.setString(1, function);
			try (ResultSet rs = s.executeQuery()) {
				return rs.next();
			}
		}
	}

	/** Derby's entry: the rows registered under {@code token}. */
	public static ResultSet open(int token) throws SQLException {
		ParticipantRows rows = OPEN.get(token);
		if (rows == null) {
			throw new SQLException("no participant rows under token " + token);
		}
		return rows;
	}

	@Override
	public boolean next() throws SQLException {
		if (keptDelivered < kept.size()) {
			Object[] values = kept.get(keptDelivered);
			kept.set(keptDelivered++, null); // written: no longer held
			System.arraycopy(values, 0, row, 0, row.length);
			return true;
		}
		try {
			return source.next(new Binder(row)) && fits();
		} catch (RuntimeException e) {
			failure = e;
			throw e;
		} catch (Error e) {
			error = e;
			throw e;
		}
	}

	/** True, or throws the truncation error (22001) a row-by-row INSERT would, naming the column, not the value. */
	private boolean fits() throws SQLException {
		for (int i = 0; i < WIDTHS.length; i++) {
			int length = row[i] instanceof String text ? text.length() : row[i] instanceof byte[] b ? b.length : -1;
			if (WIDTHS[i] >= 0 && length > WIDTHS[i]) {
				tooLong = new SQLException("A value of " + length + (row[i] instanceof String ? " characters" : " bytes")
						+ " does not fit column " + (i + 1) + " of the participant rows, VARCHAR(" + WIDTHS[i] + ").",
						"22001");
				throw tooLong;
			}
		}
		return true;
	}

	/** The widths of the VARCHAR columns of a RETURNS TABLE (…) declaration, in its order; -1 for other types. */
	static int[] widths(String declaration) {
		String columns = declaration.substring(declaration.indexOf("RETURNS TABLE (") + 15, declaration.lastIndexOf(
				") LANGUAGE"));
		List<Integer> widths = new ArrayList<>();
		// a column is a name, a type and maybe (precision[,scale]); the comma inside DECIMAL(6,3) is no separator
		Matcher m = Pattern.compile("(\\w+) (\\w+)(?:\\((\\d+)(?:,\\d+)?\\))?(?: FOR BIT DATA)?").matcher(columns);
		while (m.find()) {
			widths.add("VARCHAR".equals(m.group(2)) ? Integer.parseInt(m.group(3)) : -1);
		}
		return widths.stream().mapToInt(Integer::intValue).toArray();
	}

	@Override
	public void close() {
		// the source belongs to the caller
	}

	private Object value(int column) {
		Object value = row[column - 1];
		wasNull = value == null;
		return value;
	}

	@Override
	public boolean wasNull() {
		return wasNull;
	}

	@Override
	public String getString(int column) {
		return (String) value(column);
	}

	@Override
	public byte[] getBytes(int column) {
		return (byte[]) value(column);
	}

	@Override
	public int getInt(int column) {
		Object value = value(column);
		return value == null ? 0 : (Integer) value;
	}

	@Override
	public long getLong(int column) {
		Object value = value(column);
		return value == null ? 0 : (Long) value;
	}

	@Override
	public boolean getBoolean(int column) {
		Object value = value(column);
		return value != null && (Boolean) value;
	}

	@Override
	public BigDecimal getBigDecimal(int column) {
		return (BigDecimal) value(column);
	}
}
