package se.finsam.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.product.tests.Finsam.Result;

/**
 * ./finsam report as a user runs it: the shipped template, a template plug-in installed from the p2 repository
 * into a copy of the product, and a power user's design from the data location's reports/ folder.
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

	@Test
	void aTemplatePluginInstalledFromTheRepositoryShowsUp() throws Exception {
		assertTrue(Files.isDirectory(REPOSITORY.resolve("features")), "the p2 repository is built: " + REPOSITORY);
		Path product = work.resolve("product");
		copy(Finsam.PRODUCT, product);
		Map<String, String> copy = Map.of("FINSAM_PRODUCT", product.toString(), "FINSAM_KEY", "produkttest-nyckel-2026");
		assertFalse(Finsam.run(data, copy, "report", "--list").out().contains("uppsala.annual"));

		List<String> director = new ArrayList<>(List.of(java(), "-jar", launcher(product).toString(), "-nosplash",
				"-configuration", product.resolve("configuration").toString(), "-application",
				"org.eclipse.equinox.p2.director", "-repository", REPOSITORY.toUri().toString(), "-installIU",
				"se.finsam.templates.uppsala.feature.feature.group", "-destination", product.toString(), "-profile",
				"DefaultProfile"));
		Process p = new ProcessBuilder(director).redirectErrorStream(true).start();
		String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the p2 director did not finish");
		assertEquals(0, p.exitValue(), log);

		Result list = Finsam.run(data, copy, "report", "--list");
		assertEquals(0, list.exitCode(), list::err);
		assertTrue(list.out().contains("uppsala.annual") && list.out().contains("se.finsam.templates.uppsala"),
				list.out());
		assertTrue(list.out().contains("Årsrapport till Samordningsförbundet"), list.out());
		assertTrue(list.out().contains("årsrapport") && !list.out().contains(" annual "), "kinds in Swedish: " + list.out());

		// The installed plug-in's template renders, for the last whole year (this one from December).
		assertEquals(0, Finsam.run(data, copy, "demo", "--participants", "150").exitCode());
		java.time.LocalDate today = java.time.LocalDate.now();
		int year = today.getMonthValue() == 12 ? today.getYear() : today.getYear() - 1;
		for (String format : List.of("pdf", "docx")) {
			Path out = work.resolve("uppsala." + format);
			Result report = Finsam.run(data, copy, "report", "--project", "2014:35", "--template", "uppsala.annual",
					"--out", out.toString());
			assertEquals(0, report.exitCode(), report::err);
			String text = format.equals("pdf") ? pdftotext(out).replaceAll("\\s+", " ")
					: Finsam.zipEntry(out, "word/document.xml").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
			assertTrue(text.contains("Bilaga LS Helår"), text);
			assertTrue(text.contains("januari–december " + year), "the year in the förbund's text: " + text);
			assertTrue(text.contains("period " + year + "-01-01 till " + year + "-12-31"), text);
			assertFalse(text.contains("{år}"), text);
		}
	}

	private static String pdftotext(Path pdf) throws Exception {
		Process p = new ProcessBuilder("pdftotext", pdf.toString(), "-").redirectErrorStream(true).start();
		String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, p.waitFor(), text);
		return text;
	}

	private static void copy(Path from, Path to) throws Exception {
		Process p = new ProcessBuilder("cp", "-r", from.toString(), to.toString()).inheritIO().start();
		assertEquals(0, p.waitFor());
	}

	private static Path launcher(Path product) throws Exception {
		try (var files = Files.list(product.resolve("plugins"))) {
			return files.filter(f -> f.getFileName().toString().startsWith("org.eclipse.equinox.launcher_")).findFirst()
					.orElseThrow();
		}
	}

	/** The JDK ./finsam uses (java.sh finds a 21+ one). */
	private static String java() throws Exception {
		Process p = new ProcessBuilder("bash", "-c",
				". " + Finsam.ROOT.resolve("releng/scripts/java.sh") + " && finsam_find_java && echo $FINSAM_JAVA_HOME")
				.start();
		String home = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		p.waitFor();
		return Path.of(home, "bin", "java").toString();
	}
}
