package se.finsam.store.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

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

	LocalDate date() throws SQLException {
		Date value = rs.getDate(++index);
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
