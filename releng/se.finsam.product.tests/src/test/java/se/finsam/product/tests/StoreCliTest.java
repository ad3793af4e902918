package se.finsam.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.product.tests.Finsam.Result;

/** The store through ./finsam: demo, list, backup and restore, and what goes wrong without the right key. */
class StoreCliTest {

	private static final Map<String, String> KEY = Map.of("FINSAM_KEY", "produktens testnyckel 2026");

	@TempDir
	Path data;
	@TempDir
	Path backups;

	@Test
	void demoThenListProjectsAndParticipants() throws Exception {
		Result demo = Finsam.run(data, KEY, "demo", "--participants", "120", "--seed", "5");
		assertEquals(0, demo.exitCode(), demo::err);
		assertTrue(demo.out().startsWith("Demoförbundet \"Samordningsförbundet Mellersta Bergslagen\" skapades: 6 insatser"),
				demo.out());

		Result table = Finsam.run(data, KEY, "list", "projects");
		assertEquals(0, table.exitCode(), table::err);
		assertTrue(table.out().startsWith("Diarienr  Namn"), table.out());
		assertTrue(table.out().contains("2014:35   Långsiktig samverkansplattform  långsiktig samverkan"), table.out());

		Result json = Finsam.run(data, KEY, "list", "projects", "--json");
		assertEquals(0, json.exitCode(), json::err);
		assertTrue(json.out().strip().startsWith("[") && json.out().contains("\"diarienummer\": \"2014:35\""), json.out());
		assertNear(sumOf(json.out(), "participants"), 120, 3);

		Result participants = Finsam.run(data, KEY, "list", "participants", "--project", "2014:35", "--json");
		assertEquals(0, participants.exitCode(), participants::err);
		assertTrue(participants.out().contains("\"code\": \"MB-"), participants.out());
		assertFalse(participants.out().matches("(?s).*\\d{6}-?\\d{4}.*"), "something like a personnummer was printed");

		Result stats = Finsam.run(data, KEY, "stats", "--project", "2014:35");
		assertEquals(0, stats.exitCode(), stats::err);
		assertTrue(stats.out().contains("Resultat efter avslutsorsak"), stats.out());
		assertTrue(stats.out().contains("Positivt resultat"), stats.out());
		assertTrue(stats.out().contains("Vad har projektet kostat?"), stats.out());
		Result statsJson = Finsam.run(data, KEY, "stats", "--project", "2014:35", "--json", "--from", "2020-01-01");
		assertEquals(0, statsJson.exitCode(), statsJson::err);
		assertTrue(statsJson.out().contains("\"schema\": \"finsam-stats/1\"") && statsJson.out().contains("\"from\": \"2020-01-01\""),
				statsJson.out());
		Result badDate = Finsam.run(data, KEY, "stats", "--project", "2014:35", "--from", "2020-13-01");
		assertEquals(2, badDate.exitCode());
		assertTrue(badDate.err().contains("--from 2020-13-01: inte ett datum"), badDate.err());
	}

	@Test
	void backupAndRestoreRoundTrip() throws Exception {
		assertEquals(0, Finsam.run(data, KEY, "demo", "--participants", "80").exitCode());
		String before = Finsam.run(data, KEY, "list", "projects", "--json").out();
		Result backup = Finsam.run(data, KEY, "backup", "--to", backups.toString());
		assertEquals(0, backup.exitCode(), backup::err);
		Matcher m = Pattern.compile("till (\\S+) \\(").matcher(backup.out());
		assertTrue(m.find(), backup.out());
		Path folder = Path.of(m.group(1));
		assertTrue(Files.isDirectory(folder));
		// A second association after the backup; the restore takes it away again.
		assertEquals(0, Finsam.run(data, KEY, "demo", "--participants", "30", "--seed", "9").exitCode());
		assertEquals(2, Finsam.run(data, KEY, "list", "projects").exitCode(), "two associations: must choose");
		Result restore = Finsam.run(data, KEY, "restore", "--from", folder.toString());
		assertEquals(0, restore.exitCode(), restore::err);
		assertTrue(restore.out().contains("Den ersatta databasen finns kvar i"), restore.out());
		assertEquals(before, Finsam.run(data, KEY, "list", "projects", "--json").out());
	}

	@Test
	void withoutAKeyNothingOpensAndNoOneIsPrompted() throws Exception {
		Result result = Finsam.run(data, Map.of(), "list", "projects");
		assertEquals(2, result.exitCode());
		assertEquals("finsam: Ingen nyckel för databasen: ange --key-file FIL eller sätt FINSAM_KEY (./finsam key --new "
				+ "FIL skapar en nyckelfil).", result.err().strip());
	}

	@Test
	void aWrongKeyIsNamed() throws Exception {
		assertEquals(0, Finsam.run(data, KEY, "demo", "--participants", "10").exitCode());
		Result result = Finsam.run(data, Map.of("FINSAM_KEY", "någon annans nyckel"), "list", "projects");
		assertEquals(1, result.exitCode());
		assertEquals("finsam: Nyckeln öppnar inte databasen i " + data.toRealPath() + ".", result.err().strip());
	}

	@Test
	void aKeyFileWorksLikeTheVariable() throws Exception {
		Path key = data.resolveSibling(data.getFileName() + ".key");
		assertEquals(0, Finsam.run(data, Map.of(), "key", "--new", key.toString()).exitCode());
		assertEquals(0, Finsam.run(data, Map.of(), "demo", "--participants", "10", "--key-file", key.toString()).exitCode());
		Result list = Finsam.run(data, Map.of(), "list", "projects", "--key-file", key.toString());
		assertEquals(0, list.exitCode(), list::err);
		assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
				Files.getPosixFilePermissions(key)));
		Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
		Result open = Finsam.run(data, Map.of(), "list", "projects", "--key-file", key.toString());
		assertEquals(2, open.exitCode());
		assertTrue(open.err().contains("kan läsas av andra") && open.err().contains("chmod 600"), open.err());
		Files.deleteIfExists(key);
	}

	private static int sumOf(String json, String field) {
		Matcher m = Pattern.compile("\"" + field + "\": (\\d+)").matcher(json);
		int sum = 0;
		while (m.find()) {
			sum += Integer.parseInt(m.group(1));
		}
		return sum;
	}

	private static void assertNear(int actual, int expected, int tolerance) {
		assertTrue(Math.abs(actual - expected) <= tolerance, actual + " not within " + tolerance + " of " + expected);
	}
}
