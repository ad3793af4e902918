package se.finsam.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.product.tests.Finsam.Result;

/** {@code ./finsam settings}, and {@code ./finsam} itself honouring the data location and language set there. */
class SettingsCliTest {

	@TempDir
	Path dir;

	@Test
	void theDataLocationAndLanguageSetHereAreUsedByTheNextRun() throws Exception {
		Path settings = dir.resolve("settings.properties");
		Path data = dir.resolve("Förbundets data");
		Map<String, String> env = Map.of("FINSAM_SETTINGS", settings.toString(), "FINSAM_LANG", "");

		Result set = Finsam.run(null, env, "settings", "set", "data", data.toString());
		assertEquals(0, set.exitCode(), set.err());
		assertTrue(set.out().contains("Sparat i " + settings), set.out());
		assertEquals(0, Finsam.run(null, env, "settings", "set", "language", "en").exitCode());
		assertEquals(0, Finsam.run(null, env, "settings", "set", "report.format", "XLSX").exitCode());

		Result shown = Finsam.run(null, env, "settings");
		assertEquals(0, shown.exitCode(), shown.err());
		assertTrue(shown.out().contains("(in use now: " + data + ")"), shown.out());
		assertTrue(shown.out().contains("report.format = xlsx"), shown.out());
		assertTrue(Files.isDirectory(data), "./finsam created the data location from the settings");

		// --data still wins over the settings.
		Path other = dir.resolve("other");
		Result overridden = Finsam.run(other, env, "settings");
		assertTrue(overridden.out().contains("(in use now: " + other + ")"), overridden.out());
	}

	@Test
	void aBadValueIsRefusedAndTheFileKeptAsItWas() throws Exception {
		Path settings = dir.resolve("settings.properties");
		Map<String, String> env = Map.of("FINSAM_SETTINGS", settings.toString());
		assertEquals(0, Finsam.run(dir, env, "settings", "set", "table.pageRows", "500").exitCode());
		String before = Files.readString(settings);

		Result rows = Finsam.run(dir, env, "settings", "set", "table.pageRows", "tio");
		assertEquals(2, rows.exitCode());
		assertEquals(1, rows.errLines().size(), rows.err());
		assertTrue(rows.err().contains("\"tio\" är inte ett giltigt värde för table.pageRows"), rows.err());
		Result key = Finsam.run(dir, env, "settings", "set", "colour", "blue");
		assertTrue(key.err().contains("Okänd inställning \"colour\""), key.err());
		Result relative = Finsam.run(dir, env, "settings", "set", "data", "relativ/katalog");
		assertEquals(2, relative.exitCode());
		assertEquals(before, Files.readString(settings));
	}
}
