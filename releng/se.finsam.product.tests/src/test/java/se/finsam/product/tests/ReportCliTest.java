package se.finsam.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.product.tests.Finsam.Result;

/**
 * ./finsam report as a user runs it: the shipped template and a power user's design from the data location's
 * reports/ folder (a template plug-in installed from the p2 repository: PluginsCliTest).
 */
class ReportCliTest {

	static final Map<String, String> KEY = Map.of("FINSAM_KEY", "produkttest-nyckel-2026");
	static final Path REPOSITORY = Path.of(System.getProperty("finsam.repository",
			"../se.finsam.repository/target/repository"));

	@TempDir
	Path data;

	@TempDir
	Path work;

	@Test
	void theShippedTemplateRendersAPdfFromTheData() throws Exception {
		assertEquals(0, Finsam.run(data, KEY, "demo", "--participants", "200").exitCode());
		Path pdf = work.resolve("slutrapport.pdf");
		Result result = Finsam.run(data, KEY, "report", "--project", "2014:35", "--template", "generic.final", "--out",
				pdf.toString());
		assertEquals(0, result.exitCode(), result::err);
		assertTrue(result.out().startsWith("Rapporten skrevs till " + pdf), result.out());
		String text = pdftotext(pdf);
		assertTrue(text.contains("Slutrapport (projekt)"), text);
		assertTrue(text.contains("Resultat efter avslutsorsak"), text);
		assertTrue(text.contains("Långsiktig samverkansplattform"), text);

		Result unknown = Finsam.run(data, KEY, "report", "--project", "2014:35", "--template", "uppsala.annual",
				"--out", work.resolve("x.pdf").toString());
		assertEquals(2, unknown.exitCode());
		assertTrue(unknown.err().contains("Ingen installerad mall har id \"uppsala.annual\""), unknown.err());
		assertFalse(Files.exists(work.resolve("x.pdf")), "nothing written");
	}

	@Test
	void aPowerUsersDesignRunsAgainstTheViews() throws Exception {
		assertEquals(0, Finsam.run(data, KEY, "demo", "--participants", "120").exitCode());
		Result list = Finsam.run(data, KEY, "report", "--list");
		assertEquals(0, list.exitCode(), list::err);
		assertTrue(list.out().contains("deltagarlista") && Files.exists(data.resolve("reports/finsam.rptlibrary")),
				list.out());
		Path out = work.resolve("lista.docx");
		Result run = Finsam.run(data, KEY, "report", "--design", "deltagarlista", "--out", out.toString());
		assertEquals(0, run.exitCode(), run::err);
		String xml = Finsam.zipEntry(out, "word/document.xml");
		assertTrue(xml.contains("Deltagare per insats") && xml.contains("MB-0001"), "the listing holds the participants");
	}

	static String pdftotext(Path pdf) throws Exception {
		Process p = new ProcessBuilder("pdftotext", pdf.toString(), "-").redirectErrorStream(true).start();
		String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, p.waitFor(), text);
		return text;
	}

	static void copy(Path from, Path to) throws Exception {
		Process p = new ProcessBuilder("cp", "-r", from.toString(), to.toString()).inheritIO().start();
		assertEquals(0, p.waitFor());
	}

	/** The JDK ./finsam uses (java.sh finds a 21+ one). */
	static String java() throws Exception {
		Process p = new ProcessBuilder("bash", "-c",
				". " + Finsam.ROOT.resolve("releng/scripts/java.sh") + " && finsam_find_java && echo $FINSAM_JAVA_HOME")
				.start();
		String home = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		p.waitFor();
		return Path.of(home, "bin", "java").toString();
	}
}
