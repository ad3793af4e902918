package se.finsam.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.model.validation.ParticipantRules;
import se.finsam.testing.Fixtures;

/**
 * The bulk load's rows: the widths it checks are the declared ones; Derby stores their values whole, and refuses a
 * row that lacks a required value.
 */
public class ParticipantRowsTest {

	@TempDir
	Path data;

	@Test
	public void theWidthsAreTheDeclaredOnesInTheColumnsOrder() {
		assertArrayEquals(new int[] { -1, -1, -1, 144, 60, 150, -1, 12, -1, -1, 10, -1, 10, 40, 40, -1, 40, -1, 40, 40,
				40, -1, -1, -1, -1, 32672, 10, 10, -1, -1 }, ParticipantRows.widths(ParticipantRows.DECLARATION));
	}

	/** The model refuses a longer code itself (naming the participant and, in an import, the cell). */
	@Test
	public void theModelsLongestCodeIsTheColumnsWidth() {
		assertEquals(ParticipantRules.MAX_CODE_LENGTH, ParticipantRows.widths(ParticipantRows.DECLARATION)[4]);
	}

	/** Dates as text into DATE columns, the id and details as bytes. */
	@Test
	public void derbyStoresTheValuesWhole() throws Exception {
		try (JdbcStore store = DerbyEngine.open(data, Fixtures.KEY); Connection c = writable(store)) {
			assertEquals(3, ParticipantRows.insert(c, ParticipantDao.INSERT_COLUMNS, ParticipantDao.INSERT_COUNT, 3,
					rows(3, -1)));
			assertEquals("P-2 2025-03-01 2026-01-31", first(c, "SELECT CODE || ' ' || CHAR(ENROLMENT_DATE) || ' ' "
					+ "|| CHAR(EXIT_DATE) FROM PARTICIPANT WHERE POS = 2"));
			assertEquals("Ålänning", text(c));
			c.rollback();
		}
	}

	@Test
	public void aRowWithoutARequiredValueIsRefusedAndNothingStored() throws Exception {
		try (JdbcStore store = DerbyEngine.open(data, Fixtures.KEY); Connection c = writable(store)) {
			SQLException bulk = assertThrows(SQLException.class, () -> ParticipantRows.insert(c,
					ParticipantDao.INSERT_COLUMNS, ParticipantDao.INSERT_COUNT, 3, rows(3, 1)));
			assertEquals("23502", bulk.getSQLState(), bulk.getMessage());
			assertEquals("0", first(c, "SELECT COUNT(*) FROM PARTICIPANT"));
			try (Statement s = c.createStatement()) {
				SQLException single = assertThrows(SQLException.class, () -> s.executeUpdate(
						"INSERT INTO PARTICIPANT (PROJECT_NO, POS, ASSOCIATION_NO, ID_UTF8, GENDER, CONSENT, ROW_HASH) "
								+ "VALUES (1, 0, 1, X'78', 'F', TRUE, 0)"));
				assertEquals("23502", single.getSQLState(), "no code: " + single.getMessage());
				SQLException noId = assertThrows(SQLException.class, () -> s.executeUpdate(
						"INSERT INTO PARTICIPANT (PROJECT_NO, POS, ASSOCIATION_NO, ID, CODE, GENDER, CONSENT, ROW_HASH) "
								+ "VALUES (1, 0, 1, 'x', 'P-0', 'F', TRUE, 0)"));
				assertEquals("23502", noId.getSQLState(), "an id as text only: " + noId.getMessage());
			}
			assertEquals("0", first(c, "SELECT COUNT(*) FROM PARTICIPANT"));
			c.rollback();
		}
	}

	private static Connection writable(JdbcStore store) throws SQLException {
		Connection c = store.reportingConnection();
		c.setReadOnly(false);
		c.setAutoCommit(false);
		return c;
	}

	/** {@code count} rows of one project; the one at {@code withoutCode} (or none: -1) lacks its code. */
	private static ParticipantRows.Source rows(int count, int withoutCode) {
		int[] next = { 0 };
		return row -> {
			int pos = next[0]++;
			if (pos == count) {
				return false;
			}
			row.integer(1).integer(pos).integer(1).utf8(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8))
					.text(pos == withoutCode ? null : "P-" + pos).utf8(null).number(null).text("F").integer(1990)
					.bool(true).date(LocalDate.of(2025, 3, 1)).integer(2025).date(LocalDate.of(2026, 1, 31))
					.text("AF").text(null).integer(null).text(null).integer(null).text(null).text(null).text(null)
					.decimal(null).integer(null).decimal(null).integer(null)
					.utf8("x.Ort=Ålänning".getBytes(StandardCharsets.UTF_8)).date(null).date(null).bool(false)
					.number((long) pos);
			return true;
		};
	}

	/** The stored details of the row at position 2, as text. */
	private static String text(Connection c) throws SQLException {
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT DETAILS_UTF8 FROM PARTICIPANT WHERE POS = 2")) {
			rs.next();
			return new String(rs.getBytes(1), StandardCharsets.UTF_8).substring("x.Ort=".length());
		}
	}

	private static String first(Connection c, String sql) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}
}
