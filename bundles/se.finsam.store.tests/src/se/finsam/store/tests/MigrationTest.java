package se.finsam.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.model.Association;
import se.finsam.store.BackupRecord;
import se.finsam.store.SchemaUpgrade;
import se.finsam.store.Store;
import se.finsam.store.internal.JdbcStoreService;
import se.finsam.store.internal.OlderStores;

/** A database created by schema version 1 is upgraded at open, its data intact. */
public class MigrationTest {

	@TempDir
	Path data;

	@Test
	public void upgradesAVersion1Database() throws Exception {
		OlderStores.create(data, Fixture.KEY, 1);
		Association a = Fixture.demo(120);
		try (Store store = Fixture.open(data)) {
			// Opening migrated it; the data written through the current code must read back in the views of V2.
			assertEquals(9, store.schemaVersion());
			store.createAssociation(a);
		}
		try (Store store = Fixture.open(data); Connection c = store.reportingConnection();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM V_PARTICIPANT")) {
			rs.next();
			long expected = a.getProjects().stream().mapToLong(p -> p.getParticipants().size()).sum();
			assertEquals(expected, rs.getLong(1));
			try (ResultSet versions = c.createStatement()
					.executeQuery("SELECT VERSION, SCRIPT FROM SCHEMA_VERSION ORDER BY VERSION")) {
				versions.next();
				assertEquals("V1__initial.sql", versions.getString(2));
				versions.next();
				assertEquals("V2__views.sql", versions.getString(2));
				versions.next();
				assertEquals("V3__association_format.sql", versions.getString(2));
				versions.next();
				assertEquals("V4__audit.sql", versions.getString(2));
			}
		}
	}

	@Test
	public void anUpgradeIsBackedUpFirstAndSaysWhere() throws Exception {
		OlderStores.create(data, Fixture.KEY, 5, "INSERT INTO ASSOCIATION (ID, NAME, ORG_NUMBER, REVISION) VALUES "
				+ "('a5', 'Samordningsförbundet Före', '222000-0968', 2)");
		Path backup;
		try (Store store = Fixture.open(data)) {
			SchemaUpgrade upgrade = store.upgradeAtOpen().orElseThrow(() -> new AssertionError("upgraded at open"));
			assertEquals(5, upgrade.from());
			assertEquals(9, upgrade.to());
			backup = upgrade.backup();
			assertEquals(data.resolve("backups"), backup.getParent());
			assertTrue(Files.isRegularFile(backup.resolve("finsam").resolve("service.properties")), backup.toString());
			assertEquals(List.of(backup.toAbsolutePath().toString()),
					store.backups().stream().map(BackupRecord::location).toList(), "logged like any backup");
			assertEquals("Samordningsförbundet Före", store.loadAssociation("a5").getName());
		}
		try (Store store = Fixture.open(data)) {
			assertTrue(store.upgradeAtOpen().isEmpty(), "only the first open after the update upgrades");
		}
		// The backup is the database as the older version left it: checked whole, restored, it upgrades again.
		JdbcStoreService stores = new JdbcStoreService();
		assertTrue(stores.verifyBackup(data, backup, Fixture.KEY).manifest());
		Path other = data.resolve("elsewhere");
		stores.restore(other, backup, Fixture.KEY);
		try (Store store = Fixture.open(other)) {
			assertEquals(5, store.upgradeAtOpen().orElseThrow().from());
			assertEquals("Samordningsförbundet Före", store.loadAssociation("a5").getName());
		}
	}

	/**
	 * A store whose participant-rows function has the first shape (dates as DATE) gets the current one at its first
	 * bulk insert, the old one dropped, and the insert through it stores every date as it was.
	 */
	@Test
	public void theParticipantRowsFunctionOfAnEarlierShapeIsReplaced() throws Exception {
		OlderStores.create(data, Fixture.KEY, 7, OlderStores.firstParticipantRowsFunction());
		Association a = se.finsam.model.demo.DemoData.inOneProject(Fixture.demo(6_000)); // a bulk insert from 5 000
		java.util.List<String> dates = a.getProjects().get(0).getParticipants().stream()
				.map(p -> p.getEnrolmentDate() + " " + p.getExitDate() + " " + p.getConsentWithdrawn()).toList();
		try (Store store = Fixture.open(data)) {
			store.createAssociation(a);
		}
		try (Store store = Fixture.open(data); Connection c = store.reportingConnection();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT ALIAS FROM SYS.SYSALIASES WHERE ALIAS LIKE 'FINSAM_PARTICIPANT_ROWS%'")) {
			assertTrue(rs.next());
			assertEquals("FINSAM_PARTICIPANT_ROWS_4", rs.getString(1));
			assertFalse(rs.next(), "the earlier shapes dropped");
			se.finsam.model.Project project = store.loadAssociation(a.getId()).getProjects().get(0);
			store.loadContent(project);
			assertEquals(dates, project.getParticipants().stream()
					.map(p -> p.getEnrolmentDate() + " " + p.getExitDate() + " " + p.getConsentWithdrawn()).toList());
			assertTrue(dates.stream().anyMatch(d -> !d.startsWith("null")), "dates to compare");
		}
	}

	@Test
	public void aNewStoreIsNotAnUpgrade() {
		try (Store store = Fixture.open(data)) {
			assertTrue(store.upgradeAtOpen().isEmpty());
			assertFalse(Files.exists(data.resolve("backups")));
		}
	}

	/** An association, its party and project, and two participants, the second with {@code details}. */
	private static String[] olderRows(String details) {
		return new String[] {
				"INSERT INTO ASSOCIATION (ID, NAME, ORG_NUMBER, REVISION) VALUES ('a1', 'Samordningsförbundet Gamla', "
						+ "'222000-0968', 4)",
				"INSERT INTO PARTY VALUES ('p1', 'a1', 0, 'KOMMUN', 'Heby kommun', 100)",
				"INSERT INTO PROJECT (ID, ASSOCIATION_ID, DIARIENUMMER, NAME, KIND, OWNER_ID, GRANTED_START, GRANTED_END, "
						+ "REVISION) VALUES ('pr1', 'a1', '2014:35', 'Långsiktig samverkansplattform', "
						+ "'longTermCooperation', 'p1', DATE('2016-01-01'), DATE('2016-12-31'), 7)",
				"INSERT INTO PARTICIPANT (PROJECT_NO, POS, ASSOCIATION_NO, ID, CODE, GENDER, CONSENT, ENROLMENT_YEAR, "
						+ "ROW_HASH) SELECT P.NUM, 0, A.NUM, 'x1', 'H-001', 'female', FALSE, 2016, 0 FROM PROJECT P, "
						+ "ASSOCIATION A WHERE P.ID = 'pr1' AND A.ID = 'a1'",
				"INSERT INTO PARTICIPANT (PROJECT_NO, POS, ASSOCIATION_NO, ID, CODE, GENDER, CONSENT, ENROLMENT_DATE, "
						+ "ROW_HASH, DETAILS) SELECT P.NUM, 1, A.NUM, 'x2', 'H-002', 'male', TRUE, DATE('2016-02-01'), "
						+ "0, '" + details + "' FROM PROJECT P, ASSOCIATION A WHERE P.ID = 'pr1' AND A.ID = 'a1'" };
	}

	/**
	 * Details longer in UTF-8 than version 8's column holds (text kept them by characters) stop the upgrade with the
	 * participant named: the store stays at version 7 with its text as it was, so the version before still opens it.
	 */
	@Test
	public void detailsTooLongForVersion8StopTheUpgradeAndLeaveTheStoreAsItWas() throws Exception {
		String details = "x.Anteckning=" + "å".repeat(20_000) + "\n"; // 20 014 characters, 40 014 bytes
		OlderStores.create(data, Fixture.KEY, 7, olderRows(details));
		se.finsam.store.StoreException e = org.junit.jupiter.api.Assertions.assertThrows(
				se.finsam.store.StoreException.class, () -> Fixture.open(data).close());
		assertTrue(e.getMessage().startsWith("Databasen kunde inte uppgraderas till schema 8: deltagare H-002")
				&& e.getMessage().contains(se.finsam.core.Formats.count(40_014) + " byte") && e.getMessage().contains("står kvar på schema 7"),
				e.getMessage());
		assertEquals(List.of("7"), OlderStores.query(data, Fixture.KEY, "SELECT MAX(VERSION) FROM SCHEMA_VERSION"));
		assertEquals(List.of(details), OlderStores.query(data, Fixture.KEY,
				"SELECT DETAILS FROM PARTICIPANT WHERE CODE = 'H-002'"));
	}

	@Test
	public void keepsTheDataOfAVersion1Database() throws Exception {
		OlderStores.create(data, Fixture.KEY, 1,
				olderRows("@start=2016-02-01\ns.M1.halsa=3\nx.Kommun=Älvkarleby\n"));
		try (Store store = Fixture.open(data)) {
			assertEquals(9, store.schemaVersion());
			Association a = store.loadAssociation("a1");
			assertEquals("Samordningsförbundet Gamla", a.getName());
			assertEquals(4, a.getRevision());
			assertFalse(a.isExample(), "an older association is real data");
			assertEquals(null, a.getDiarienummerFormat(), "the default format");
			var project = a.getProjects().get(0);
			assertEquals("2014:35", project.getDiarienummer());
			assertEquals("Heby kommun", project.getOwner().getName());
			assertEquals(java.time.LocalDate.of(2016, 12, 31), project.getGrantedPeriod().getEnd());
			store.loadContent(project);
			assertEquals("H-001", project.getParticipants().get(0).getCode());
			assertEquals("x1", project.getParticipants().get(0).getId(), "the id, text until version 9, bytes since");
			assertEquals(2016, project.getParticipants().get(0).getEnrolmentYear());
			// DETAILS, text until version 8 and its UTF-8 bytes since, comes through whole
			var second = project.getParticipants().get(1);
			assertEquals("Älvkarleby", second.getExtraAttributes().get("Kommun"));
			assertEquals(java.time.LocalDate.of(2016, 2, 1), second.getStartMeasurement().getDate());
			assertEquals("3", second.getStartMeasurement().getAnswers().get("M1.halsa"));
			project.setName("Långsiktig samverkansplattform Heby");
			store.saveProject(project);
			assertEquals(8, store.loadAssociation("a1").getProjects().get(0).getRevision());
		}
	}
}
