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

	/** --save-to stores the file with the project, as the Utvärdering page does; the reports then print it. */
	@Test
	void anEvaluationSavedFromTheCommandLineIsInTheReports() throws Exception {
		Map<String, String> key = ReportCliTest.KEY;
		assertEquals(0, Finsam.run(work, key, "demo", "--participants", "120").exitCode());
		Result saved = Finsam.run(work, key, "calc", EXAMPLES.resolve("olle.json").toString(), "--save-to", "2019:12",
				"--name", "Olle");
		assertEquals(0, saved.exitCode(), saved::err);
		assertTrue(saved.err().contains("Utvärderingen \"Olle\" sparades i insatsen 2019:12"), saved.err());
		Path pdf = work.resolve("bilaga2.pdf");
		Result rar = Finsam.run(work, key, "report", "--project", "2019:12", "--template", "rar.final", "--out",
				pdf.toString());
		assertEquals(0, rar.exitCode(), rar::err);
		String text = text(pdf);
		assertTrue(text.contains("Total undviken kostnad 460 000 kr"), text);

		Result typfall = Finsam.run(work, key, "calc", EXAMPLES.resolve("typfall.json").toString(), "--save-to",
				"2019:12");
		assertEquals(0, typfall.exitCode(), typfall::err);
		assertTrue(typfall.out().contains("Lönebidrag") && !typfall.out().contains("wageSubsidy"), typfall.out());
		assertTrue(typfall.out().contains("Försäkringskassan"), "actors by name: " + typfall.out());
		Path evaluation = work.resolve("bedomning.pdf");
		assertEquals(0, Finsam.run(work, key, "report", "--project", "2019:12", "--template", "generic.evaluation",
				"--out", evaluation.toString()).exitCode());
		assertTrue(text(evaluation).contains("Samhällsekonomiskt resultat (Typfall"), "the latest evaluation is shown");

		Result both = Finsam.run(work, key, "calc", EXAMPLES.resolve("typfall.json").toString(), "--save-to", "2019:12",
				"--project", "2019:12");
		assertEquals(2, both.exitCode());
		assertTrue(both.err().contains("--save-to sparar filens egen utvärdering"), both.err());
		Result unknown = Finsam.run(work, key, "calc", EXAMPLES.resolve("typfall.json").toString(), "--save-to",
				"1999:1");
		assertEquals(1, unknown.exitCode(), unknown::out);
		assertTrue(unknown.err().contains("1999:1") && unknown.out().isEmpty(), unknown.err());
	}

	private static String text(Path pdf) throws Exception {
		Process p = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
		String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertEquals(0, p.waitFor(), text);
		return text.replace('\u00a0', ' ').replaceAll("\\s+", " ");
	}
}
