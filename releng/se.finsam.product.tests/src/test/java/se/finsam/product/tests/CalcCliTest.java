package se.finsam.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.product.tests.Finsam.Result;

/** ./finsam calc on the shipped examples, as JSON, and on a file with a mistake. */
class CalcCliTest {

	static final Path EXAMPLES = Finsam.ROOT.resolve("docs/examples");

	@TempDir
	Path work;

	@Test
	void theSeedExamplesAndABadFile() throws Exception {
		Result olle = Finsam.run(work, Map.of(), "calc", EXAMPLES.resolve("olle.json").toString());
		assertEquals(0, olle.exitCode(), olle::err);
		assertTrue(olle.out().contains("460\u00a0000\u00a0kr"), olle.out());

		Result team = Finsam.run(work, Map.of(), "calc", EXAMPLES.resolve("samverkansteam.json").toString(), "--format",
				"json");
		assertEquals(0, team.exitCode(), team::err);
		assertTrue(team.out().contains("\"cost\": 7500000.00"), team.out());
		assertTrue(team.out().contains("\"paybackMonths\": 34.0909"), team.out());

		Path bad = Files.writeString(work.resolve("fel.json"),
				"{ \"year\": 2024, \"participants\": 5, \"costShares\": { \"kommun\": 0.5 }, \"yearlyRevenue\": { \"society\": 1 } }");
		Result refused = Finsam.run(work, Map.of(), "calc", bad.toString());
		assertEquals(2, refused.exitCode());
		assertTrue(refused.err().contains("costShares blir tillsammans 50 %; de måste bli 100 %."), refused.err());
	}
}
