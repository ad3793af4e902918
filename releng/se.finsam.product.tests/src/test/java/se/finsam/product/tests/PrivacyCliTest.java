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

/**
 * Gallring, a registered person's rights and the audit log through ./finsam, as a förbund's registrar would use them:
 * never a personnummer on the screen or in the log, bad input refused in Swedish with nothing changed.
 */
class PrivacyCliTest {

	private static final Map<String, String> KEY = Map.of("FINSAM_KEY", "produktens testnyckel 2026");
	private static final Pattern PNR = Pattern.compile("\\d{8}-\\d{4}");

	@TempDir
	Path data;
	@TempDir
	Path out;

	@Test
	void gallraListsThenErasesAndRecordsIt() throws Exception {
		assertEquals(0, Finsam.run(data, KEY, "demo", "--participants", "120", "--seed", "5").exitCode());
		Result bad = Finsam.run(data, KEY, "gallra", "--years", "101");
		assertEquals(2, bad.exitCode());
		assertTrue(bad.err().contains("--years 101: ange ett helt antal år från 0 till 100."), bad.err());

		Result dry = Finsam.run(data, KEY, "gallra", "--dry-run");
		assertEquals(0, dry.exitCode(), dry::err);
		assertTrue(dry.out().contains("identiteter sparas 2 år efter avslut"), dry.out());
		Matcher would = Pattern.compile("Skulle radera identiteten för (\\d+) deltagare").matcher(dry.out());
		assertTrue(would.find(), dry.out());
		assertFalse(PNR.matcher(dry.out()).find(), "no personnummer printed");
		assertEquals(dry.out(), Finsam.run(data, KEY, "gallra", "--dry-run").out(), "a dry run changes nothing");

		Result run = Finsam.run(data, KEY, "gallra");
		assertEquals(0, run.exitCode(), run::err);
		assertTrue(run.out().contains("Raderade identiteten för " + would.group(1) + " deltagare"), run.out());
		assertTrue(Finsam.run(data, KEY, "gallra", "--dry-run").out().contains("Inget ska gallras."));

		Result longer = Finsam.run(data, KEY, "gallra", "--years", "0", "--dry-run");
		assertEquals(0, longer.exitCode(), longer::err);
		assertTrue(longer.out().contains("gallringsregeln är nu 0 år"), longer.out());

		Result audit = Finsam.run(data, KEY, "audit");
		assertEquals(0, audit.exitCode(), audit::err);
		assertTrue(audit.out().contains("Gallring") && audit.out().contains("Identiteter gallrade 2 år efter avslut"),
				audit.out());
	}

	/**
	 * An export with personnummer is recorded when its file appears, and only then: into a folder that does not exist
	 * it fails and the log holds nothing; a file name longer than the log's column is written and recorded shortened
	 * (it failed with a database error after the file was written, leaving it unrecorded).
	 */
	@Test
	void anExportOfPersonalDataIsRecordedExactlyWhenItsFileAppears() throws Exception {
		Result demo = Finsam.run(data, KEY, "demo", "--participants", "30", "--seed", "5", "--in-one-project");
		assertEquals(0, demo.exitCode(), demo::err);
		Path missing = out.resolve("saknas").resolve("deltagare.xlsx");
		Result failed = Finsam.run(data, KEY, "export", "participants", "--project", "2014:35", "--with-personnummer",
				"--out", missing.toString());
		assertEquals(1, failed.exitCode(), failed::out);
		assertTrue(failed.err().contains("Kunde inte skriva"), failed.err());
		assertFalse(Files.exists(missing.getParent()));
		assertTrue(Finsam.run(data, KEY, "audit").out().contains("Inget antecknat."), "nothing exported, nothing recorded");

		Path longName = out.resolve("deltagare-" + "x".repeat(200) + "-internt.xlsx");
		Result written = Finsam.run(data, KEY, "export", "participants", "--project", "2014:35", "--with-personnummer",
				"--out", longName.toString());
		assertEquals(0, written.exitCode(), written::err);
		assertTrue(Files.size(longName) > 0);
		Result audit = Finsam.run(data, KEY, "audit");
		assertTrue(audit.out().contains("Exporterades med personuppgifter") && audit.out().contains("deltagare-xxx")
				&& audit.out().contains("x\u2026x") && audit.out().contains("x-internt.xlsx"), audit.out());
	}

	@Test
	void aPersonIsFoundExtractedAndErasedAndTheLogNeverNamesHer() throws Exception {
		// All in one project: the demo's dates follow today's, so which project holds its few personnummer varies.
		Result demo = Finsam.run(data, KEY, "demo", "--participants", "120", "--seed", "5", "--in-one-project");
		assertEquals(0, demo.exitCode(), demo::err);
		assertTrue(demo.out().contains("skapades: en insats, 120 deltagare"), demo.out());
		Path sheet = out.resolve("deltagare.xlsx");
		Result export = Finsam.run(data, KEY, "export", "participants", "--project", "2014:35", "--with-personnummer",
				"--out", sheet.toString());
		assertEquals(0, export.exitCode(), export::err);
		Matcher m = PNR.matcher(Finsam.zipEntry(sheet, "xl/worksheets/sheet1.xml")
				+ Finsam.zipEntry(sheet, "xl/sharedStrings.xml"));
		assertTrue(m.find(), "the export has personnummer");
		String pnr = m.group();

		Result mistyped = Finsam.run(data, KEY, "person", "--pnr", pnr.substring(0, 12) + ((pnr.charAt(12) - '0' + 1) % 10));
		assertEquals(2, mistyped.exitCode());
		assertTrue(mistyped.err().contains("kontrollsiffra"), mistyped.err());

		Result found = Finsam.run(data, KEY, "person", "--pnr", pnr);
		assertEquals(0, found.exitCode(), found::err);
		assertTrue(found.out().contains("insats 2014:35") && found.out().contains("deltagarkod MB-"), found.out());
		assertFalse(found.out().contains(pnr));

		Result nowhere = Finsam.run(data, KEY, "person", "--pnr", pnr, "--extract",
				out.resolve("saknas/utdrag.pdf").toString());
		assertEquals(1, nowhere.exitCode(), nowhere::err);
		assertTrue(nowhere.err().contains("saknas"), nowhere.err());
		assertFalse(Finsam.run(data, KEY, "audit").out().contains("Registerutdrag upprättades"),
				"an extract that was never written is not recorded");

		Path json = out.resolve("utdrag.json");
		assertEquals(0, Finsam.run(data, KEY, "person", "--pnr", pnr, "--extract", json.toString()).exitCode());
		String extract = Files.readString(json);
		assertTrue(extract.contains("\"registerutdrag\"") && extract.contains("\"diarienummer\": \"2014:35\"")
				&& extract.contains(pnr), extract);
		Path pdf = out.resolve("utdrag.pdf");
		assertEquals(0, Finsam.run(data, KEY, "person", "--pnr", pnr, "--extract", pdf.toString()).exitCode());
		String text = pdfText(pdf);
		assertEquals(0, Finsam.run(data, KEY, "person", "--pnr", pnr, "--extract", json.toString()).exitCode(),
				"written again over the first");
		assertEquals(extract, Files.readString(json), "the same extract, whole");
		assertFalse(Files.exists(out.resolve("utdrag.json.part")) || Files.exists(out.resolve("utdrag.pdf.part")),
				"written beside its name, then moved there whole");
		for (Path personal : new Path[] { sheet, json, pdf }) { // whatever the umask (022 here)
			assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
					Files.getPosixFilePermissions(personal)), personal.toString());
		}
		assertTrue(text.contains("Registerutdrag") && text.contains("2014:35") && text.contains(pnr), text);
		Result badFile = Finsam.run(data, KEY, "person", "--pnr", pnr, "--extract", out.resolve("x.docx").toString());
		assertEquals(2, badFile.exitCode());
		assertTrue(badFile.err().contains("skriv registerutdraget som .pdf eller .json"), badFile.err());

		Result erase = Finsam.run(data, KEY, "person", "--pnr", pnr, "--erase");
		assertEquals(0, erase.exitCode(), erase::err);
		assertTrue(erase.out().contains("Identiteten raderades (registreringar: 1)"), erase.out());
		assertTrue(Finsam.run(data, KEY, "person", "--pnr", pnr).out().contains("finns inte registrerad"));

		Result audit = Finsam.run(data, KEY, "audit");
		assertEquals(0, audit.exitCode(), audit::err);
		assertTrue(audit.out().contains("Exporterades med personuppgifter"), audit.out());
		assertEquals(3, audit.out().split("Registerutdrag upprättades", -1).length - 1, audit.out());
		assertFalse(PNR.matcher(audit.out()).find(), "the log never holds a personnummer: " + audit.out());
	}

	private static String pdfText(Path pdf) throws Exception {
		Process p = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
		String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertEquals(0, p.waitFor(), text);
		return text;
	}
}
