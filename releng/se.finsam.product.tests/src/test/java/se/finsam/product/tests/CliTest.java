package se.finsam.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.product.tests.Finsam.Result;

/** {@code ./finsam} headless: the commands, their help, and what a mistake looks like. */
class CliTest {

	@TempDir
	Path data;

	@Test
	void versionPrintsTheProductAndItsComponents() throws Exception {
		Result result = Finsam.run(data, Map.of(), "version");
		assertEquals(0, result.exitCode(), result::err);
		String[] lines = result.out().split("\\R");
		assertTrue(lines[0].matches("Finsam Workbench \\d+\\.\\d+\\.\\d+\\.\\d{12}"), lines[0]);
		for (String component : new String[] { "Eclipse Platform", "EMF", "BIRT", "Apache Derby", "Apache POI",
				"NatTable", "Java" }) {
			assertTrue(result.out().contains(component), component + " missing:\n" + result.out());
		}
		assertTrue(result.out().contains("Apache Derby      10.17.1.0"), result.out());
		assertEquals("", result.err(), "nothing but results on the console");
	}

	@Test
	void helpListsEveryCommandWithOneLine() throws Exception {
		Result result = Finsam.run(data, Map.of(), "--help");
		assertEquals(0, result.exitCode(), result::err);
		assertTrue(result.out().contains("Kommandon:"), result.out());
		assertTrue(result.out().matches("(?s).*\\n  help +\\S.*"), result.out());
		assertTrue(result.out().matches("(?s).*\\n  version +Visar versionen.*"), result.out());
		assertTrue(result.out().contains("--data KATALOG"), result.out());
		assertEquals("", result.err());
	}

	@Test
	void commandHelpExplainsOneCommand() throws Exception {
		Result viaFlag = Finsam.run(data, Map.of(), "version", "--help");
		Result viaHelp = Finsam.run(data, Map.of(), "help", "version");
		assertEquals(0, viaFlag.exitCode());
		assertTrue(viaFlag.out().startsWith("./finsam version"), viaFlag.out());
		assertEquals(viaFlag.out(), viaHelp.out());
	}

	@Test
	void unknownCommandFailsWithOneReadableLine() throws Exception {
		Result result = Finsam.run(data, Map.of(), "rapportera-allt");
		assertEquals(2, result.exitCode());
		assertEquals(1, result.errLines().size(), result.err());
		assertTrue(result.err().contains("Okänt kommando \"rapportera-allt\""), result.err());
		assertTrue(result.err().contains("./finsam --help"), result.err());
		assertFalse(result.err().contains("Exception"), result.err());
		assertEquals("", result.out());
	}

	@Test
	void unknownOptionIsRefusedNotIgnored() throws Exception {
		Result result = Finsam.run(data, Map.of(), "version", "--jsno");
		assertEquals(2, result.exitCode());
		assertEquals(1, result.errLines().size(), result.err());
		assertTrue(result.err().contains("Okänd flagga --jsno"), result.err());
	}

	@Test
	void englishWhenAsked() throws Exception {
		Result result = Finsam.run(data, Map.of("FINSAM_LANG", "en"), "nonsense");
		assertEquals(2, result.exitCode());
		assertTrue(result.err().contains("Unknown command \"nonsense\""), result.err());
	}

	@Test
	void workbenchWithoutDisplayPointsToTheCommands() throws Exception {
		Result result = Finsam.run(data, Map.of());
		assertEquals(1, result.exitCode());
		assertEquals(1, result.errLines().size(), result.err());
		assertTrue(result.err().contains("./finsam --help"), result.err());
	}

	@Test
	void theCommandLineNeverLoadsSwt() throws Exception {
		Path classes = data.resolve("classes.log");
		Result result = Finsam.run(data, Map.of("FINSAM_VMARGS", "-Xlog:class+load=info:file=" + classes),
				"version");
		assertEquals(0, result.exitCode(), result::err);
		String loaded = Files.readString(classes);
		assertTrue(loaded.contains("se.finsam.cli.app.internal.CliApplication"), "class log incomplete");
		assertFalse(loaded.contains("org.eclipse.swt."), "SWT was loaded by the CLI");
	}
}
