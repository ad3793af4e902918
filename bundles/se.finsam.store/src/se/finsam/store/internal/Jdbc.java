package se.finsam.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Small JDBC helpers for statements with one text parameter. */
final class Jdbc {

	interface RowReader {
		void read(Columns columns) throws SQLException;
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
