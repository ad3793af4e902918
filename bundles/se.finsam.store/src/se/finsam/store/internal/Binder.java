package se.finsam.store.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/**
 * Binds parameters in order, nulls included, so no statement counts its own indexes; or puts the same values in
 * order into a row (a table function's, {@link ParticipantRows}).
 */
final class Binder {

	private final PreparedStatement statement;
	private final Object[] row;
	private int index;

	Binder(PreparedStatement statement) {
		this.statement = statement;
		this.row = null;
	}

	/** Values into {@code row} (JDBC's types: String, byte[], Integer, Long, BigDecimal, Boolean; dates as ISO text). */
	Binder(Object[] row) {
		this.statement = null;
		this.row = row;
	}

	/** Puts a value into the row when there is one (then nothing is bound). */
	private boolean put(Object value) {
		if (row == null) {
			return false;
		}
		row[index++] = value;
		return true;
	}

	Binder timestamp(java.time.Instant value) throws SQLException {
		java.sql.Timestamp timestamp = java.sql.Timestamp.from(value);
		if (put(timestamp)) {
			return this;
		}
		statement.setTimestamp(++index, timestamp);
		return this;
	}

	Binder text(String value) throws SQLException {
		if (put(value)) {
			return this;
		}
		if (value == null) {
			statement.setNull(++index, Types.VARCHAR);
		} else {
			statement.setString(++index, value);
		}
		return this;
	}

	/** Text as its UTF-8 bytes in a binary column (null stays null). */
	Binder utf8(byte[] value) throws SQLException {
		if (put(value)) {
			return this;
		}
		if (value == null) {
			statement.setNull(++index, Types.VARBINARY);
		} else {
			statement.setBytes(++index, value);
		}
		return this;
	}

	Binder integer(Integer value) throws SQLException {
		if (put(value)) {
			return this;
		}
		if (value == null) {
			statement.setNull(++index, Types.INTEGER);
		} else {
			statement.setInt(++index, value);
		}
		return this;
	}

	Binder number(Long value) throws SQLException {
		if (put(value)) {
			return this;
		}
		if (value == null) {
			statement.setNull(++index, Types.BIGINT);
		} else {
			statement.setLong(++index, value);
		}
		return this;
	}

	Binder decimal(BigDecimal value) throws SQLException {
		if (put(value)) {
			return this;
		}
		if (value == null) {
			statement.setNull(++index, Types.DECIMAL);
		} else {
			statement.setBigDecimal(++index, value);
		}
		return this;
	}

	Binder date(LocalDate value) throws SQLException {
		// A row gets the date as text (ParticipantRows: a Date from a table function costs Derby three calendars)
		if (row != null && put(value == null ? null : iso(value))) {
			return this;
		}
		Date date = value == null ? null : Date.valueOf(value);
		if (date == null) {
			statement.setNull(++index, Types.DATE);
		} else {
			statement.setDate(++index, date);
		}
		return this;
	}

	/**
	 * What {@link LocalDate#toString()} writes, without its builder for the years people are born and enrolled in:
	 * a save writes two or three dates for each of 100 000 participants (issue 16).
	 */
	static String iso(LocalDate date) {
		int year = date.getYear();
		if (year < 1000 || year > 9999) {
			return date.toString();
		}
		int month = date.getMonthValue();
		int day = date.getDayOfMonth();
		return new String(new char[] { digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), '-',
				digit(month / 10), digit(month), '-', digit(day / 10), digit(day) });
	}

	private static char digit(int value) {
		return (char) ('0' + value % 10);
	}

	Binder bool(boolean value) throws SQLException {
		if (put(value)) {
			return this;
		}
		statement.setBoolean(++index, value);
		return this;
	}
}
