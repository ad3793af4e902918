package se.finsam.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.product.tests.Finsam.Result;
import se.finsam.testing.PostgresCluster;

/**
 * Team mode through ./finsam on a real PostgreSQL server (a throw-away cluster on 127.0.0.1): the owner sets the
 * database up with {@code admin init}, the commands work on it with {@code --server} or the setting, and each
 * wrong server, database, key or address is one Swedish line with exit code 2 and nothing changed.
 */
@Order(4)
class TeamModeCliTest {

	private static final Map<String, String> KEY = Map.of("FINSAM_KEY", "förbundets gemensamma nyckel 2026");
	private static PostgresCluster cluster;

	@TempDir
	Path data;

	@BeforeAll
	static void startServer() throws Exception {
		cluster = PostgresCluster.start();
	}

	@AfterAll
	static void stopServer() throws Exception {
		cluster.close();
	}

	/** A refusal of what the user gave: one Swedish line and exit code 2. */
	private static void refused(Result r, String message) {
		Finsam.assertRefused(r, message);
		assertEquals(2, r.exitCode(), r.err());
	}

	private static String server(String database) {
		return "postgresql://" + PostgresCluster.SUPERUSER + "@127.0.0.1:" + cluster.port() + "/" + database;
	}

	@Test
	void theOwnerSetsUpTheServerAndTheCommandsWorkOnIt() throws Exception {
		cluster.sql("postgres", "CREATE DATABASE team");
		String team = server("team");
		Result notYet = Finsam.run(data, KEY, "--server", team, "list", "projects");
		refused(notYet, "Databasen " + team + " är inte förberedd för Finsam Workbench än: databasens ägare "
				+ "kör ./finsam --server " + team + " admin init.");

		Result init = Finsam.run(data, KEY, "--server", team, "admin", "init");
		assertEquals(0, init.exitCode(), init::err);
		assertEquals(team + " är förberedd för Finsam Workbench; teamet ansluter med ./finsam --server " + team + ".",
				init.out().strip());
		Result again = Finsam.run(data, KEY, "--server", team, "admin", "init");
		assertEquals(0, again.exitCode(), again::err);
		assertEquals(team + " var redan förberedd (schema 9); ingenting ändrades.", again.out().strip());

		Result demo = Finsam.run(data, KEY, "--server", team, "demo", "--participants", "120", "--seed", "5");
		assertEquals(0, demo.exitCode(), demo::err);
		Result list = Finsam.run(data, KEY, "--server", team, "list", "projects");
		assertEquals(0, list.exitCode(), list::err);
		assertTrue(list.out().contains("2014:35   Långsiktig samverkansplattform"), list.out());
		assertEquals("6", cluster.sql("team", "SELECT COUNT(*) FROM PROJECT").strip(), "the projects are on the server");

		// The setting instead of --server; the data directory's own store is not touched.
		Result set = Finsam.run(data, KEY, "settings", "set", "server", team);
		assertEquals(0, set.exitCode(), set::err);
		Result stats = Finsam.run(data, KEY, "stats", "--project", "2014:35");
		assertEquals(0, stats.exitCode(), stats::err);
		assertTrue(stats.out().contains("Resultat efter avslutsorsak"), stats.out());
		assertFalse(java.nio.file.Files.exists(data.resolve("db").resolve("finsam")), "no embedded store was made");

		refused(Finsam.run(data, KEY, "backup", "--to", data.resolve("kopior").toString()), "backup och restore arbetar "
				+ "på datakatalogens databas; teamservern " + team + " säkerhetskopieras på servern, med pg_dump eller "
				+ "pg_basebackup (docs/team-mode.md).");

		// Users in roles; a coordinator sees her own project only, through ./finsam and through psql alike.
		Map<String, String> newPassword = new HashMap<>(KEY);
		newPassword.put("FINSAM_NEW_PASSWORD", "koordinatorns lösenord 26");
		Result add = Finsam.run(data, newPassword, "--server", team, "admin", "user", "add", "cora", "--role",
				"coordinator", "--projects", "2014:35");
		assertEquals(0, add.exitCode(), add::err);
		assertEquals("cora lades till som coordinator på " + team + ".", add.out().strip());
		refused(Finsam.run(data, newPassword, "--server", team, "admin", "user", "add", "bo", "--role", "chef"),
				"\"chef\" är ingen roll: administrator, evaluator, coordinator, reader eller designer.");
		refused(Finsam.run(data, KEY, "--server", team, "admin", "user", "add", "bo", "--role", "reader"),
				"Inget lösenord för den nya användaren: sätt FINSAM_NEW_PASSWORD, eller kör kommandot i en terminal så "
						+ "frågas det efter.");
		Result users = Finsam.run(data, KEY, "--server", team, "admin", "user", "list");
		assertEquals(0, users.exitCode(), users::err);
		assertTrue(users.out().contains("cora") && users.out().contains("coordinator") && users.out().contains("2014:35"),
				users.out());
		assertFalse(users.out().contains("bo "), "nothing was made of the refused ones: " + users.out());

		String asCora = "postgresql://cora@127.0.0.1:" + cluster.port() + "/team";
		Map<String, String> cora = new HashMap<>(KEY);
		cora.put("FINSAM_DB_PASSWORD", "koordinatorns lösenord 26");
		Result hers = Finsam.run(data, cora, "--server", asCora, "list", "projects");
		assertEquals(0, hers.exitCode(), hers::err);
		assertTrue(hers.out().contains("2014:35"), hers.out());
		assertEquals(3, hers.out().strip().lines().count(), "a heading, a rule and her one project: " + hers.out());
		assertEquals("1", cluster.psql("cora", "koordinatorns lösenord 26", "team", "SELECT COUNT(*) FROM PROJECT").strip());
		// Her export with personnummer is in the trail under her login, whatever the client would say.
		Result export = Finsam.run(data, cora, "--server", asCora, "export", "participants", "--project", "2014:35",
				"--with-personnummer", "--out", data.resolve("hennes.xlsx").toString());
		assertEquals(0, export.exitCode(), export::err);
		Result audit = Finsam.run(data, KEY, "--server", team, "audit", "--user", "cora", "--project", "2014:35",
				"--json");
		assertEquals(0, audit.exitCode(), audit::err);
		assertTrue(audit.out().contains("\"user\": \"cora\"") && audit.out().contains("\"action\": \"exportPersonal\""),
				audit.out());
		assertFalse(audit.out().matches("(?s).*\\d{6}-\\d{4}.*"), "no personnummer in the trail: " + audit.out());
		refused(Finsam.run(data, KEY, "--server", team, "audit", "--from", "2026-12-31", "--to", "2026-01-01"),
				"--to 2026-01-01 är före --from 2026-12-31.");
		refused(Finsam.run(data, KEY, "--server", team, "audit", "--project", "1999:1"),
				"Det finns ingen insats med diarienummer 1999:1.");
		// A reader (the board): no key, the projects with small counts hidden, never a participant.
		Result addReader = Finsam.run(data, newPassword, "--server", team, "admin", "user", "add", "rut", "--role",
				"reader");
		assertEquals(0, addReader.exitCode(), addReader::err);
		String asRut = "postgresql://rut@127.0.0.1:" + cluster.port() + "/team";
		Map<String, String> rut = Map.of("FINSAM_DB_PASSWORD", "koordinatorns lösenord 26");
		Result read = Finsam.run(data, rut, "--server", asRut, "list", "projects");
		assertEquals(0, read.exitCode(), read::err);
		assertEquals(8, read.out().strip().lines().count(), "a heading, a rule and six projects: " + read.out());
		assertTrue(read.out().contains("2014:35   Långsiktig samverkansplattform"), read.out());
		// Her statistics: the tables the last save with the key published, as an evaluator's, small counts hidden.
		Result figures = Finsam.run(data, rut, "--server", asRut, "stats", "--project", "2014:35");
		assertEquals(0, figures.exitCode(), figures::err);
		String said = figures.out().lines().findFirst().orElse("");
		assertTrue(said.matches("Siffror som de publicerades när insatsen senast sparades, \\d{4}-\\d\\d-\\d\\d "
				+ "\\d\\d:\\d\\d; små antal dolda\\."), said);
		assertEquals(stats.out(), figures.out().substring(figures.out().indexOf('\n') + 1), "the evaluator's tables");
		assertTrue(figures.out().contains("<5"), "small counts hidden: " + figures.out());
		Result json = Finsam.run(data, rut, "--server", asRut, "stats", "--project", "2014:35", "--json");
		assertEquals(0, json.exitCode(), json::err);
		assertTrue(json.out().contains("\"schema\": \"finsam-reader-figures/1\"") && json.out().contains(
				"\"suppressed\": true"), json.out());
		refused(Finsam.run(data, rut, "--server", asRut, "stats", "--project", "2014:35", "--internal"), "En läsare "
				+ "på teamservern ser siffrorna som den senaste sparningen publicerade dem (beviljad period fram till den "
				+ "dagen, små antal dolda): --from, --to och --internal kräver en roll med förbundets nyckel.");
		assertEquals("6", cluster.psql("rut", "koordinatorns lösenord 26", "team", "SELECT COUNT(*) FROM READER_FIGURES")
				.strip(), "psql gives her every project's published figures");
		assertEquals("1", cluster.psql("cora", "koordinatorns lösenord 26", "team",
				"SELECT COUNT(*) FROM READER_FIGURES").strip(), "a coordinator her own project's");
		refused(Finsam.run(data, rut, "--server", asRut, "list", "participants", "--project", "2014:35"),
				"din roll på servern tillåter inte det här");
		Result noPassword = Finsam.run(data, KEY, "--server", asCora, "list", "projects");
		refused(noPassword, "Servern kräver ett lösenord för cora (" + asCora + ")");
		Result removed = Finsam.run(data, KEY, "--server", team, "admin", "user", "remove", "cora");
		assertEquals(0, removed.exitCode(), removed::err);
		refused(Finsam.run(data, cora, "--server", asCora, "list", "projects"), "Servern godtog inte användaren cora");

		Result wrongKey = Finsam.run(data, Map.of("FINSAM_KEY", "en helt annan nyckel 2026"), "list", "projects");
		refused(wrongKey, "Nyckeln öppnar inte databasen i " + team + ".");
	}

	@Test
	void aDataDirectoryMovesToTheServerAndBack(@TempDir Path back) throws Exception {
		Result demo = Finsam.run(data, KEY, "demo", "--participants", "200", "--seed", "3");
		assertEquals(0, demo.exitCode(), demo::err);
		cluster.sql("postgres", "CREATE DATABASE moved");
		String moved = server("moved");
		Result init = Finsam.run(data, KEY, "--server", moved, "admin", "init");
		assertEquals(0, init.exitCode(), init::err);
		Result migrate = Finsam.run(data, KEY, "--server", moved, "admin", "migrate", "--from", data.toString());
		assertEquals(0, migrate.exitCode(), migrate::err);
		assertTrue(migrate.out().contains("PARTICIPANT") && migrate.out().contains("rader och kontrollsummor stämmer"),
				migrate.out());
		Result there = Finsam.run(data, KEY, "--server", moved, "list", "projects");
		Result here = Finsam.run(data, KEY, "list", "projects");
		assertEquals(here.out(), there.out(), "the same projects and counts on the server");

		Result export = Finsam.run(data, KEY, "--server", moved, "admin", "export", "--to", back.toString());
		assertEquals(0, export.exitCode(), export::err);
		assertEquals(tableOf(migrate.out()), tableOf(export.out()), "the same rows and checksums both ways");
		Result home = Finsam.run(back, KEY, "list", "projects");
		assertEquals(here.out(), home.out());
		refused(Finsam.run(data, KEY, "--server", moved, "admin", "migrate", "--from", data.toString()),
				moved + " innehåller redan data: en kopia går bara till en tom databas. Ingenting ändrades.");
	}

	private static String tableOf(String out) {
		return out.lines().filter(l -> !l.startsWith("Databasen") && !l.startsWith("Allt")).reduce("", (a, b) -> a + b
				+ "\n");
	}

	@Test
	void aWrongServerDatabaseOrAddressIsOneSwedishLine() throws Exception {
		Result missing = Finsam.run(data, KEY, "--server", server("finns_inte"), "list", "projects");
		refused(missing, "Det finns ingen databas finns_inte på servern (" + server("finns_inte") + ").");

		int closed;
		try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
			closed = free.getLocalPort();
		}
		Result down = Finsam.run(data, KEY, "--server", "postgresql://eva@127.0.0.1:" + closed + "/team", "list",
				"projects");
		refused(down, "Servern 127.0.0.1 svarar inte på port " + closed
				+ ": den är avstängd eller går inte att nå härifrån.");

		cluster.sql("postgres", "CREATE DATABASE other");
		cluster.sql("other", "CREATE TABLE INVOICE (ID INTEGER)");
		Result notOurs = Finsam.run(data, KEY, "--server", server("other"), "admin", "init");
		refused(notOurs, "Databasen " + server("other") + " innehåller tabeller som inte är Finsam "
				+ "Workbenchs: ingenting ändrades. Ge Finsam en egen, tom databas.");
		assertEquals("invoice", cluster.sql("other", "SELECT string_agg(table_name, ',') FROM information_schema.tables "
				+ "WHERE table_schema = 'public'").strip());

		Result password = Finsam.run(data, KEY, "--server", "postgresql://eva:hemligt@127.0.0.1/team", "list",
				"projects");
		refused(password, "Skriv inte lösenordet i serveradressen: det frågas efter, eller läses från "
				+ "FINSAM_DB_PASSWORD eller ~/.pgpass.");
		Result clear = Finsam.run(data, KEY, "settings", "set", "server", "postgresql://eva@db.example.se/team?sslmode=disable");
		refused(clear, "Servern db.example.se finns inte på den här datorn: förbindelsen måste vara krypterad "
				+ "(sslmode=verify-full, verify-ca eller require), inte sslmode=disable.");
		refused(Finsam.run(data, KEY, "--server"), "--server behöver en adress: postgresql://ANVÄNDARE@VÄRD:PORT/DATABAS");
	}
}
