package se.finsam.store.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/** Binds parameters in order, nulls included, so no statement counts its own indexes. */
final class Binder {

	private final PreparedStatement statement;
	private int index;

	Binder(PreparedStatement statement) {
		this.statement = statement;
	}

	Binder timestamp(java.time.Instant value) throws SQLException {
		statement.setTimestamp(++index, java.sql.Timestamp.from(value));
		return this;
	}

	Binder text(String value) throws SQLException {
		if (value == null) {
			statement.setNull(++index, Types.VARCHAR);
		} else {
			statement.setString(++index, value);
		}
		return this;
	}

	Binder integer(Integer value) throws SQLException {
		if (value == null) {
			statement.setNull(++index, Types.INTEGER);
		} else {
			statement.setInt(++index, value);
		}
		return this;
	}

	Binder number(Long value) throws SQLException {
		if (value == null) {
			statement.setNull(++index, Types.BIGINT);
		} else {
			statement.setLong(++index, value);
		}
		return this;
	}

	Binder decimal(BigDecimal value) throws SQLException {
		if (value == null) {
			statement.setNull(++index, Types.DECIMAL);
		} else {
			statement.setBigDecimal(++index, value);
		}
		return this;
	}

	Binder date(LocalDate value) throws SQLException {
		if (value == null) {
			statement.setNull(++index, Types.DATE);
		} else {
			statement.setDate(++index, Date.valueOf(value));
		}
		return this;
	}

	Binder bool(boolean value) throws SQLException {
		statement.setBoolean(++index, value);
		return this;
	}
}
