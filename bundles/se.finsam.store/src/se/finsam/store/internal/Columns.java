package se.finsam.store.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import se.finsam.core.Formats;

/** Reads result columns in order, nulls included: the counterpart of {@link Binder}. */
final class Columns {

	private final ResultSet rs;
	private int index;

	Columns(ResultSet rs) {
		this.rs = rs;
	}

	String text() throws SQLException {
		return rs.getString(++index);
	}

	/** Text kept as its UTF-8 bytes in a binary column. */
	String utf8() throws SQLException {
		byte[] bytes = rs.getBytes(++index);
		return bytes == null ? null : new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
	}

	byte[] bytes() throws SQLException {
		return rs.getBytes(++index);
	}

	Integer integer() throws SQLException {
		int value = rs.getInt(++index);
		return rs.wasNull() ? null : value;
	}

	long number() throws SQLException {
		return rs.getLong(++index);
	}

	BigDecimal decimal() throws SQLException {
		BigDecimal value = rs.getBigDecimal(++index);
		return value == null ? null : value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
	}

	/**
	 * Read as its text: both engines write a DATE as 2016-12-31, and Derby's getDate builds a calendar for every
	 * value (a tenth of a project's load in a cold report, JFR). Anything else goes through getDate.
	 */
	LocalDate date() throws SQLException {
		String text = rs.getString(++index);
		if (text == null) {
			return null;
		}
		if (text.length() == 10) {
			try {
				return Formats.isoDate(text);
			} catch (java.time.DateTimeException e) {
				// not the usual form: the driver's own reading below
			}
		}
		Date value = rs.getDate(index);
		return value == null ? null : value.toLocalDate();
	}

	java.time.Instant timestamp() throws SQLException {
		java.sql.Timestamp value = rs.getTimestamp(++index);
		return value == null ? null : value.toInstant();
	}

	boolean bool() throws SQLException {
		return rs.getBoolean(++index);
	}
}
