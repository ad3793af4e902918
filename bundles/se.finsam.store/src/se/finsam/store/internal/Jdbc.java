package se.finsam.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Small JDBC helpers: transactions, statements with one text parameter. */
final class Jdbc {

	interface RowReader {
		void read(Columns columns) throws SQLException;
	}

	/** Work inside one transaction. */
	interface Work<T> {
		T run(Connection c) throws SQLException;
	}

	/** Runs {@code work} in one transaction on {@code c}: commit on success, rollback on any failure. */
	static <T> T transaction(Connection c, Work<T> work) throws SQLException {
		c.setAutoCommit(false);
		try {
			T result = work.run(c);
			c.commit();
			return result;
		} catch (SQLException | RuntimeException e) {
			c.rollback();
			throw e;
		}
	}

	private Jdbc() {
	}

	static int update(Connection c, String sql, String parameter) throws SQLException {
		try (PreparedStatement s = c.prepareStatement(sql)) {
			s.setString(1, parameter);
			return s.executeUpdate();
		}
	}

	static void query(Connection c, String sql, String parameter, RowReader reader) throws SQLException {
		try (PreparedStatement s = c.prepareStatement(sql)) {
			if (parameter != null) {
				s.setString(1, parameter);
			}
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					reader.read(new Columns(rs));
				}
			}
		}
	}
}
