package se.finsam.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import se.finsam.store.StoreException;

/**
 * Derby's truncation error quotes the value it could not store ('x.Namn=…'), which may be personal data: the store's
 * error says what happened without it, in its message, its causes and their stack traces. The store's own texts are
 * held to their columns before Derby sees them (TextLimits, AuditEntry), so the error is provoked here directly.
 */
public class DatabaseErrorsTest {

	@Test
	public void aValueTooLongForItsColumnIsNeverQuoted() throws SQLException {
		try (Connection c = new org.apache.derby.jdbc.EmbeddedDriver()
				.connect("jdbc:derby:memory:tooLong;create=true", new Properties())) {
			try (Statement s = c.createStatement()) {
				s.executeUpdate("CREATE TABLE T (NAME VARCHAR(10))");
			}
			SQLException refused = assertThrows(SQLException.class, () -> {
				try (PreparedStatement s = c.prepareStatement("INSERT INTO T VALUES (?)")) {
					s.setString(1, "Hemlig Hemligsson 19121212-1212");
					s.executeUpdate();
				}
			});
			assertEquals("22001", refused.getSQLState());
			assertTrue(trace(refused).contains("Hemlig Hemligsson"), "Derby quotes it: " + refused.getMessage());

			StoreException e = DatabaseErrors.of(refused);
			assertFalse(trace(e).contains("Hemlig") || trace(e).contains("19121212"),
					"the value is in no message: " + trace(e));
			assertTrue(e.getMessage().contains("längre än databasen tillåter") && e.getMessage().contains("22001"),
					e.getMessage());
		} finally {
			try {
				new org.apache.derby.jdbc.EmbeddedDriver().connect("jdbc:derby:memory:tooLong;drop=true",
						new Properties());
			} catch (SQLException dropped) {
				// Derby answers a dropped database with 08006
			}
		}
	}

	private static String trace(Throwable t) {
		StringWriter out = new StringWriter();
		t.printStackTrace(new PrintWriter(out));
		return out.toString();
	}
}
