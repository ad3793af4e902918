package se.finsam.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.Test;

import se.finsam.product.tests.Finsam.Result;

/**
 * Hjälp → Installera mallar… in the real product (the UI test runtime is no p2 installation): a copy of the product
 * gets the test driver (se.finsam.testing.feature, by the p2 director, as ./bench/run installs its benchmarks), which
 * works the dialog as a user does — repository typed, Uppsala checked, Installera, yes to the trust question, no to
 * the restart; later Ta bort. Between the two, Uppsala's template renders from the command line.
 */
@ResourceLock(Finsam.DISPLAY)
class InstallTemplatesDialogProductTest extends ProductCopyTest {

	@Test
	void uppsalaIsInstalledRenderedAndRemovedThroughTheDialog() throws Exception {
		String display = System.getenv("DISPLAY");
		assertTrue(display != null && !display.isBlank(), "the product tests run with a display (xvfb-run)");
		Path repository = ReportCliTest.REPOSITORY.toAbsolutePath().normalize();
		installTheDriver(repository);
		assertEquals(0, finsam("demo", "--participants", "150").exitCode());

		String installed = workbench(display, "install", repository + "|Uppsala");
		assertTrue(installed.contains("SAID ") && installed.contains("Installerade Finsam Workbench: Uppsala")
				&& installed.contains("(osignerat)"), installed);
		assertTrue(installed.matches("(?s).*INSTALLED .*Uppsala[^|]*" + java.util.regex.Pattern.quote(repository.toString())
				+ ".*"), "listed as installed from the repository: " + installed);
		assertTrue(finsam("plugins").out().contains("se.finsam.templates.uppsala.feature"));
		Path pdf = work.resolve("uppsala.pdf");
		Result report = finsam("report", "--project", "2014:35", "--template", "uppsala.annual", "--out", pdf.toString());
		assertEquals(0, report.exitCode(), report::err);
		assertTrue(ReportCliTest.pdftotext(pdf).replaceAll("\\s+", " ").contains("Bilaga LS Helår"));

		String removed = workbench(display, "remove", "Uppsala");
		assertTrue(removed.contains("är borttaget") && !removed.matches("(?s).*INSTALLED [^\\n]*Uppsala.*"), removed);
		assertFalse(finsam("report", "--list").out().contains("uppsala"), "gone after the removal");
	}
}
