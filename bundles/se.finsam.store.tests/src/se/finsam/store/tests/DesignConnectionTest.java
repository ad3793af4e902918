package se.finsam.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.model.Project;
import se.finsam.store.Store;

/**
 * What a power user's design reads: the documented views, as they are when it starts (never an older snapshot),
 * and nothing else — no table of the store, no Java function, no system procedure, no change.
 */
public class DesignConnectionTest {

	@TempDir
	Path data;

	@Test
	public void theViewsOnlyFreshEachTimeAndReadOnly() throws Exception {
		try (Store store = Fixture.open(data)) {
			store.createAssociation(Fixture.demo(120));
			int all;
			try (Connection c = store.reportingConnection()) {
				all = count(c, "SELECT COUNT(*) FROM V_PARTICIPANT");
			}
			try (Connection design = store.designConnection()) {
				assertEquals(all, count(design, "SELECT COUNT(*) FROM V_PARTICIPANT"));
				assertEquals(count(design, "SELECT COUNT(*) FROM V_PROJECT"), 6);
				for (String refused : new String[] { "SELECT COUNT(*) FROM APP.PARTICIPANT",
						"SELECT COUNT(*) FROM PARTICIPANT", "SELECT COUNT(*) FROM SNAPSHOT.V_PARTICIPANT WHERE 1 = 0 "
								+ "UNION SELECT COUNT(*) FROM APP.ASSOCIATION" }) {
					assertThrows(SQLException.class, () -> count(design, refused), refused);
				}
				try (Statement s = design.createStatement()) {
					assertThrows(SQLException.class, () -> s.execute("CREATE FUNCTION ENV(N VARCHAR(99)) RETURNS "
							+ "VARCHAR(999) PARAMETER STYLE JAVA NO SQL LANGUAGE JAVA EXTERNAL NAME "
							+ "'java.lang.System.getenv'"));
					assertThrows(SQLException.class, () -> s.execute("DELETE FROM V_PARTICIPANT"));
					assertThrows(SQLException.class, () -> s.execute("CALL SYSCS_UTIL.SYSCS_EXPORT_QUERY("
							+ "'SELECT * FROM V_PARTICIPANT', '" + data.resolve("ut.csv") + "', null, null, null)"));
				}
			}
			Project first = store.loadAssociation(store.associations().get(0).id()).getProjects().get(0);
			store.loadContent(first);
			int removed = first.getParticipants().size();
			store.deleteProject(first);
			try (Connection design = store.designConnection()) {
				assertEquals(all - removed, count(design, "SELECT COUNT(*) FROM V_PARTICIPANT"), "never stale");
			}
		}
	}

	private static int count(Connection c, String sql) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getInt(1);
		}
	}
}
