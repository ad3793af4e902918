package se.finsam.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.finsam.model.Association;
import se.finsam.model.Participant;
import se.finsam.model.Project;
import se.finsam.store.ServerAddress;
import se.finsam.store.Store;
import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;
import se.finsam.store.WrongKeyException;
import se.finsam.store.internal.JdbcStoreService;
import se.finsam.store.internal.PgServerAdministration;
import se.finsam.testing.PostgresCluster;

/**
 * Team mode's store on a real PostgreSQL server: what the server holds (sealed identities), and each way opening
 * one fails — in one Swedish line, with nothing changed.
 */
public class TeamServerTest {

	private final JdbcStoreService service = new JdbcStoreService();
	private final PgServerAdministration admin = new PgServerAdministration();

	@Test
	public void theServerHoldsTheRowsWithIdentitiesSealed() throws SQLException {
		ServerAddress server = TeamServer.initializedDatabase();
		Association a = Fixture.demo(40);
		Participant known = a.getProjects().stream().flatMap(p -> p.getParticipants().stream())
				.filter(p -> p.getPersonalIdentityNumber() != null).findFirst().orElseThrow();
		try (Store store = TeamServer.open(server)) {
			assertEquals(server.toString(), store.toString());
			store.createAssociation(a);
		}
		int participants = a.getProjects().stream().mapToInt(p -> p.getParticipants().size()).sum();
		try (Connection c = TeamServer.superuser(server.database()); Statement s = c.createStatement();
				// the whole row as text: no column holds the number, with or without its separator
				ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(PNR_SEALED), SUM(CASE WHEN CAST(X AS TEXT) LIKE '%"
						+ known.getPersonalIdentityNumber() + "%' OR CAST(X AS TEXT) LIKE '%" + digits(known)
						+ "%' THEN 1 ELSE 0 END) FROM PARTICIPANT X")) {
			rs.next();
			assertEquals(participants, rs.getInt(1), "every participant is on the server");
			assertTrue(rs.getInt(2) > 0, "personnummer are stored");
			assertEquals(0, rs.getInt(3), "but sealed by the client, never in clear");
		}
		try (Store store = TeamServer.open(server)) {
			Project project = store.loadAssociation(a.getId()).getProjects().stream()
					.filter(p -> p.getId().equals(((Project) known.eContainer()).getId())).findFirst().orElseThrow();
			store.loadContent(project);
			assertTrue(project.getParticipants().stream().anyMatch(p -> known.getPersonalIdentityNumber().equals(
					p.getPersonalIdentityNumber())), "the client reads them back with the förbund's key");
		}
	}

	/**
	 * Identities are sealed by the client: a known name and personnummer are nowhere in the server's files (data,
	 * WAL, log) nor in a pg_dump of the database — after a save, an edit and a checkpoint.
	 */
	@Test
	public void theClustersFilesAndADumpHoldNoIdentityInClear() throws Exception {
		ServerAddress server = TeamServer.initializedDatabase();
		Association a = Fixture.demo(30);
		se.finsam.model.AttributeDefinition name = se.finsam.model.FinsamFactory.eINSTANCE.createAttributeDefinition();
		name.setName("Namn");
		name.setPersonal(true);
		a.getAttributeDefinitions().add(name);
		Participant known = a.getProjects().get(0).getParticipants().get(0);
		known.setPersonalIdentityNumber("19121212-1212");
		known.setBirthYear(1912);
		known.getExtraAttributes().put("Namn", "Zelda Qwertyson");
		try (Store store = TeamServer.open(server)) {
			store.createAssociation(a);
			Project project = store.loadAssociation(a.getId()).getProjects().get(0);
			store.loadContent(project);
			project.getParticipants().get(0).getExtraAttributes().put("Namn", "Zelda Qwertyson-Ek");
			store.saveProject(project);
		}
		try (Connection c = TeamServer.superuser(server.database()); Statement s = c.createStatement()) {
			s.execute("CHECKPOINT");
		}
		List<String> secrets = List.of("Qwertyson", "191212121212", "19121212-1212", "121212-1212", "1212121212");
		String dump = TeamServer.cluster().dump(server.database());
		assertTrue(dump.contains("COPY public.participant") && dump.contains(known.getCode()),
				"the dump holds the participants");
		assertTrue(fileWith(TeamServer.cluster().dataDirectory(), known.getCode()) != null,
				"the scan finds what is stored in clear (the participant's code)");
		for (String secret : secrets) {
			assertFalse(dump.contains(secret), secret + " in pg_dump's output");
			assertEquals(null, fileWith(TeamServer.cluster().dataDirectory(), secret), secret + " in the cluster's files");
			assertFalse(TeamServer.cluster().log().contains(secret), secret + " in the server's log");
		}
		assertEquals(null, fileWith(TeamServer.cluster().dataDirectory(), "Zelda"), "a name in the files");
	}

	private static java.nio.file.Path fileWith(java.nio.file.Path folder, String text) throws java.io.IOException {
		byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		try (var files = java.nio.file.Files.walk(folder)) {
			for (java.nio.file.Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
				byte[] bytes;
				try {
					bytes = java.nio.file.Files.readAllBytes(file);
				} catch (java.nio.file.AccessDeniedException | java.nio.file.NoSuchFileException e) {
					continue; // postmaster.pid and the like, or a cache file the running server just replaced
				}
				if (indexOf(bytes, needle) >= 0) {
					return file;
				}
			}
		}
		return null;
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static String digits(Participant p) {
		String d = p.getPersonalIdentityNumber().replaceAll("[^0-9]", "");
		return d.substring(d.length() - 10);
	}

	/**
	 * The server goes away mid-work: a save says so in Swedish and stores nothing, the edits stay in the model, and
	 * once the server is back the same store saves them (each call connects anew).
	 */
	@Test
	public void aLostConnectionIsSaidAndTheSameSaveWorksWhenTheServerIsBack() throws Exception {
		PostgresCluster cluster = PostgresCluster.start();
		try {
			cluster.sql("postgres", "CREATE DATABASE lost");
			ServerAddress server = ServerAddress.parse("postgresql://" + PostgresCluster.SUPERUSER + "@127.0.0.1:"
					+ cluster.port() + "/lost");
			admin.initialize(server, null, Fixture.KEY);
			Association a = Fixture.demo(20);
			try (Store store = service.open(server, null, Fixture.KEY)) {
				store.createAssociation(a);
				Project project = store.loadAssociation(a.getId()).getProjects().get(0);
				project.setName("Ändrat medan servern var borta");
				cluster.kill();
				StoreException lost = assertThrows(StoreException.class, () -> store.saveProject(project));
				assertTrue(lost.getMessage().contains("förbindelsen med databasservern bröts; inget av det här steget "
						+ "sparades"), lost.getMessage());
				assertEquals("Ändrat medan servern var borta", project.getName(), "the edit is kept");
				cluster.restart();
				store.saveProject(project);
				assertEquals("Ändrat medan servern var borta", store.loadAssociation(a.getId()).getProjects().get(0)
						.getName());
			}
		} finally {
			cluster.close();
		}
	}

	@Test
	public void anEmptyDatabaseIsNotOpenedButSetUpByItsOwner() {
		ServerAddress server = TeamServer.emptyDatabase();
		StoreException e = assertThrows(StoreException.class, () -> TeamServer.open(server));
		assertEquals("Databasen " + server + " är inte förberedd för Finsam Workbench än: databasens ägare kör "
				+ "./finsam --server " + server + " admin init.", e.getMessage());
		assertEquals(0, admin.initialize(server, null, Fixture.KEY));
		assertEquals(9, admin.initialize(server, null, Fixture.KEY), "a second init changes nothing");
		try (Store store = TeamServer.open(server)) {
			assertEquals(9, store.schemaVersion());
		}
	}

	@Test
	public void aDatabaseOfSomethingElseIsLeftAlone() throws SQLException {
		ServerAddress server = TeamServer.emptyDatabase();
		try (Connection c = TeamServer.superuser(server.database()); Statement s = c.createStatement()) {
			s.execute("CREATE TABLE INVOICE (ID INTEGER)");
		}
		String expected = "Databasen " + server + " innehåller tabeller som inte är Finsam Workbenchs: ingenting "
				+ "ändrades. Ge Finsam en egen, tom databas.";
		assertEquals(expected, assertThrows(StoreException.class, () -> TeamServer.open(server)).getMessage());
		assertEquals(expected, assertThrows(StoreException.class,
				() -> admin.initialize(server, null, Fixture.KEY)).getMessage());
		try (Connection c = TeamServer.superuser(server.database()); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables "
						+ "WHERE table_schema = 'public'")) {
			rs.next();
			assertEquals(1, rs.getInt(1), "nothing was made beside it");
		}
	}

	@Test
	public void anotherKeyIsRefusedBeforeAnythingIsRead() {
		ServerAddress server = TeamServer.initializedDatabase();
		StoreKey other = StoreKey.fromText("en helt annan lång lösenfras");
		WrongKeyException e = assertThrows(WrongKeyException.class, () -> service.open(server, null, other));
		assertEquals("Nyckeln öppnar inte databasen i " + server + ".", e.getMessage());
		assertThrows(WrongKeyException.class, () -> admin.initialize(server, null, other),
				"nor may it upgrade the database");
	}

	@Test
	public void aNewerOrOlderSchemaIsRefused() throws SQLException {
		ServerAddress server = TeamServer.initializedDatabase();
		try (Connection c = TeamServer.superuser(server.database()); Statement s = c.createStatement()) {
			s.execute("INSERT INTO SCHEMA_VERSION SELECT 10, APPLIED, 'V10__from_the_future.sql' FROM SCHEMA_VERSION "
					+ "WHERE VERSION = 9");
		}
		StoreException newer = assertThrows(StoreException.class, () -> TeamServer.open(server));
		assertTrue(newer.getMessage().contains("nyare Finsam Workbench (schema 10"), newer.getMessage());
		try (Connection c = TeamServer.superuser(server.database()); Statement s = c.createStatement()) {
			s.execute("DELETE FROM SCHEMA_VERSION WHERE VERSION >= 9");
		}
		StoreException older = assertThrows(StoreException.class, () -> TeamServer.open(server));
		assertEquals("Databasen " + server + " har schemaversion 8; den här versionen av Finsam Workbench behöver 9. "
				+ "Databasens ägare kör ./finsam --server " + server + " admin upgrade.", older.getMessage());
	}

	@Test
	public void aServerThatIsDownOrUnknownOrMissingSaysSo() throws Exception {
		int closed;
		try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
			closed = free.getLocalPort();
		}
		ServerAddress down = ServerAddress.parse("postgresql://finsam@127.0.0.1:" + closed + "/finsam");
		assertEquals("Servern 127.0.0.1 svarar inte på port " + closed + ": den är avstängd eller går inte att nå "
				+ "härifrån.", assertThrows(StoreException.class, () -> TeamServer.open(down)).getMessage());
		ServerAddress unknown = ServerAddress.parse("postgresql://finsam@no-such-host.invalid/finsam"
				+ "?sslmode=require&connect_timeout=3");
		assertEquals("Servern no-such-host.invalid hittades inte: kontrollera namnet i serveradressen.",
				assertThrows(StoreException.class, () -> TeamServer.open(unknown)).getMessage());
		ServerAddress missing = ServerAddress.parse("postgresql://finsam@127.0.0.1:" + TeamServer.cluster().port()
				+ "/ingen_sadan");
		assertEquals("Det finns ingen databas ingen_sadan på servern (" + missing + ").",
				assertThrows(StoreException.class, () -> TeamServer.open(missing)).getMessage());
		ServerAddress stranger = ServerAddress.parse("postgresql://okand@127.0.0.1:" + TeamServer.cluster().port()
				+ "/postgres");
		assertEquals("Servern kräver ett lösenord för okand (" + stranger + "): skriv det när det frågas efter, eller "
				+ "ange det i FINSAM_DB_PASSWORD eller ~/.pgpass.", assertThrows(StoreException.class,
						() -> TeamServer.open(stranger)).getMessage());
		String refused = assertThrows(StoreException.class, () -> service.open(stranger, "gissat".toCharArray(),
				Fixture.KEY)).getMessage();
		assertEquals("Servern godtog inte användaren okand med det lösenordet (" + stranger + ").", refused);
		assertFalse(refused.contains("Exception"));
	}
}
