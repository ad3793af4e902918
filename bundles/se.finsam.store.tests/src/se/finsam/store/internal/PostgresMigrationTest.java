package se.finsam.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import se.finsam.testing.PostgresCluster;

/**
 * Team mode's first step (issue 18): the store's schema migrations, the same scripts Derby runs, applied to a real
 * PostgreSQL server — a throw-away cluster on 127.0.0.1 — through the PostgreSQL dialect; the views answer, and the
 * dialect's error and reclaim handling work there.
 */
class PostgresMigrationTest {

	@Test
	void theMigrationsRunOnPostgreSql() throws Exception {
		try (PostgresCluster cluster = PostgresCluster.start()) {
			PGSimpleDataSource source = new PGSimpleDataSource();
			source.setUrl(cluster.jdbcUrl("postgres"));
			source.setUser(PostgresCluster.SUPERUSER);
			SqlDialect dialect = new PostgresDialect();
			String participant = "INSERT INTO PARTICIPANT (PROJECT_NO, POS, ASSOCIATION_NO, ID, CODE, GENDER, CONSENT, "
					+ "ENROLMENT_DATE, ROW_HASH) SELECT P.NUM, %d, A.NUM, '%s', 'H-001', 'female', FALSE, "
					+ "DATE '2016-03-01', 0 FROM PROJECT P, ASSOCIATION A WHERE P.ID = 'pr1' AND A.ID = 'a1'";
			try (Connection c = source.getConnection()) {
				assertEquals(0, Migrations.currentVersion(c, dialect), "an empty database");
				Migrations.migrate(c, dialect, 7);
				c.commit();
				c.setAutoCommit(true);
				try (Statement s = c.createStatement()) {
					s.execute("INSERT INTO ASSOCIATION (ID, NAME, ORG_NUMBER, REVISION) VALUES ('a1', "
							+ "'Samordningsförbundet Gamla', '222000-0968', 1)");
					s.execute("INSERT INTO PARTY (ID, ASSOCIATION_ID, POS, KIND, NAME, FINANCING_SHARE) VALUES ('p1', 'a1', 0, "
							+ "'KOMMUN', 'Heby kommun', 100)");
					s.execute("INSERT INTO PROJECT (ID, ASSOCIATION_ID, DIARIENUMMER, NAME, KIND, OWNER_ID, GRANTED_START, "
							+ "GRANTED_END, REVISION) VALUES ('pr1', 'a1', '2014:35', 'Långsiktig samverkansplattform', "
							+ "'longTermCooperation', 'p1', DATE '2016-01-01', DATE '2016-12-31', 1)");
					s.execute(participant.formatted(0, "x1"));
					s.execute("UPDATE PARTICIPANT SET DETAILS = '@start=2016-03-01' || CHR(10) || 'x.Kommun=Älvkarleby', "
							+ "PNR_CIPHER = 'AAECAwQ='");
				}
				// Version 8 keeps DETAILS as UTF-8 bytes, version 9 the id and sealed personnummer: the values of a
				// row written before them come through whole.
				Migrations.migrate(c, dialect, Migrations.LATEST);
				c.commit();
				assertEquals(Migrations.LATEST, Migrations.currentVersion(c, dialect));
				Migrations.migrate(c, dialect, Migrations.LATEST); // again: nothing left to do
				assertEquals(Migrations.LATEST, Migrations.currentVersion(c, dialect));
				c.setAutoCommit(true);
				try (Statement s = c.createStatement()) {
					try (ResultSet rs = s.executeQuery("SELECT DETAILS_UTF8, DETAILS FROM PARTICIPANT")) {
						assertTrue(rs.next());
						assertEquals("@start=2016-03-01\nx.Kommun=Älvkarleby",
								new String(rs.getBytes(1), java.nio.charset.StandardCharsets.UTF_8));
						assertEquals(null, rs.getString(2), "not kept twice");
					}
					try (ResultSet rs = s.executeQuery("SELECT ID_UTF8, PNR_SEALED, ID, PNR_CIPHER FROM PARTICIPANT")) {
						assertTrue(rs.next());
						assertEquals("x1", new String(rs.getBytes(1), java.nio.charset.StandardCharsets.UTF_8));
						assertArrayEquals(new byte[] { 0, 1, 2, 3, 4 }, rs.getBytes(2), "Base64 text decoded");
						assertEquals(null, rs.getString(3), "not kept twice");
						assertEquals(null, rs.getString(4), "not kept twice");
					}
					try (ResultSet rs = s.executeQuery("SELECT DIARIENUMMER, CODE, ENROLMENT_YEAR FROM V_PARTICIPANT")) {
						assertTrue(rs.next());
						assertEquals("2014:35", rs.getString(1));
						assertEquals("H-001", rs.getString(2));
						assertEquals(2016, rs.getInt(3), "YEAR() of the enrolment date, as Derby computes it");
					}
					String now = participant.replace("ID, CODE", "ID_UTF8, CODE").replace("'%s'", "CONVERT_TO('%s', 'UTF8')");
					SQLException twice = assertThrows(SQLException.class, () -> s.execute(now.formatted(1, "x2")));
					assertTrue(dialect.isUniqueViolation(twice), twice.getSQLState());
					SQLException missing = assertThrows(SQLException.class, () -> s.executeQuery("SELECT * FROM NO_SUCH"));
					assertTrue(dialect.isMissingTable(missing), missing.getSQLState());
				}
				dialect.reclaimParticipants(c);
				try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM PARTICIPANT")) {
					rs.next();
					assertEquals(1, rs.getInt(1), "reclaiming keeps the rows");
				}
			}
		}
	}
}
