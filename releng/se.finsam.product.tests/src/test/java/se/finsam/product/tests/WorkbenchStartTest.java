package se.finsam.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.product.tests.Finsam.Result;

/**
 * The workbench as ./finsam starts it, on the display the build runs under (CI: xvfb-run). With the key in the
 * environment the store starts opening before the display exists (issue 16); what that early open meets must end
 * where a user can see it, and leave nothing behind.
 */
class WorkbenchStartTest {

	private static final String RIGHT_KEY = "arbetsbänkens testnyckel 2026";

	@TempDir
	Path data;
	@TempDir
	Path work;

	@Test
	void aWrongKeyEndsInTheNavigatorsNoticeAndTheRightKeyThenOpensTheStore() throws Exception {
		Result demo = Finsam.run(data, Map.of("FINSAM_KEY", RIGHT_KEY), "demo", "--participants", "50");
		assertEquals(0, demo.exitCode(), demo::err);

		String wrong = start("en helt annan nyckel 2026", work.resolve("wrong.txt"));
		assertTrue(wrong.contains("window=") && wrong.contains("failed="), "the navigator said why: " + wrong);
		assertFalse(wrong.contains("usable="), wrong);

		// The failed early open left no lock and no half-open database behind.
		String right = start(RIGHT_KEY, work.resolve("right.txt"));
		assertTrue(right.contains("usable=") && !right.contains("failed="), "the store opened: " + right);
		Result list = Finsam.run(data, Map.of("FINSAM_KEY", RIGHT_KEY), "list", "projects");
		assertEquals(0, list.exitCode(), list::err);
		assertTrue(list.out().contains("2014:35"), list.out());
	}

	/** Starts the workbench until the navigator settles, and returns its start-up report. */
	private String start(String key, Path report) throws Exception {
		String display = System.getenv("DISPLAY");
		assertTrue(display != null && !display.isBlank(), "the product tests run with a display (xvfb-run)");
		Map<String, String> env = new HashMap<>();
		env.put("FINSAM_KEY", key);
		env.put("DISPLAY", display);
		env.put("FINSAM_VMARGS", "-Dfinsam.startupReport=" + report + " -Dfinsam.exitAfterStartup=true");
		Result workbench = Finsam.run(data, env);
		assertEquals(0, workbench.exitCode(), workbench::err);
		return Files.readString(report);
	}
}
