package se.finsam.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.LayoutProcessor;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.RandomAccessFileOrArray;

import se.finsam.core.Settings.ReportFormat;
import se.finsam.model.Project;
import se.finsam.model.ReportInstance;
import se.finsam.model.demo.DemoData;
import se.finsam.reports.RenderRequest;
import se.finsam.reports.ReportInstances;
import se.finsam.reports.ReportService;
import se.finsam.reports.Templates;
import se.finsam.reports.tests.Outputs;
import se.finsam.testing.Fixtures;

/**
 * The PDF fonts are handed to OpenPDF as bytes (issue 16): a report's fonts are subset from memory, not read again
 * from their files one byte per system call, and BIRT asks for exactly those fonts.
 */
public class PdfFontsTest {

	@TempDir
	Path dir;

	@Test
	public void aPreloadedFontIsEmbeddedFromMemoryEvenWithoutItsFile() throws Exception {
		FontSetup.configure(dir);
		PdfFonts.preload(dir);
		BaseFont regular = BaseFont.createFont(PdfFonts.path(dir, FontSetup.FILES[0]), BaseFont.IDENTITY_H,
				BaseFont.EMBEDDED);
		BaseFont bold = BaseFont.createFont(PdfFonts.path(dir, FontSetup.FILES[1]), BaseFont.IDENTITY_H,
				BaseFont.EMBEDDED);
		BaseFont fromFile = BaseFont.createFont(PdfFonts.path(dir, FontSetup.FILES[0]), BaseFont.IDENTITY_H,
				BaseFont.EMBEDDED, false, null, null);
		assertTrue(inMemory(regular) && inMemory(bold), "preloaded fonts are read from memory");
		assertFalse(inMemory(fromFile), "a font OpenPDF opens from its file is not (the test's control)");
		for (String file : FontSetup.FILES) {
			Files.delete(dir.resolve(file)); // a font still read from its file could not be subset now
		}
		Path pdf = dir.resolve("fonts.pdf");
		try (OutputStream out = Files.newOutputStream(pdf)) {
			Document document = new Document();
			PdfWriter.getInstance(document, out);
			document.open();
			document.add(new Paragraph("Återbetalningstid för åäö ÅÄÖ", new Font(regular, 12)));
			document.add(new Paragraph("Samhället totalt", new Font(bold, 12)));
			document.close();
		}
		String fonts = Outputs.run("pdffonts", pdf.toString());
		assertTrue(fonts.contains("+DejaVuSans ") && fonts.contains("+DejaVuSans-Bold "), "subset fonts: " + fonts);
		String text = Outputs.run("pdftotext", pdf.toString(), "-");
		assertTrue(text.contains("Återbetalningstid för åäö ÅÄÖ") && text.contains("Samhället totalt"), text);
	}

	@Test
	public void aDamagedFontFileIsReportedNamingItAndRepairedAtTheNextStart() throws Exception {
		FontSetup.configure(dir);
		long size = Files.size(dir.resolve(FontSetup.FILES[0]));
		Files.write(dir.resolve(FontSetup.FILES[0]), new byte[] { 0, 1, 0, 0, 9, 9, 9 });
		IOException e = assertThrows(IOException.class, () -> PdfFonts.preload(dir));
		assertTrue(e.getMessage().contains(FontSetup.FILES[0]), e.getMessage());
		FontSetup.configure(dir); // the engine's next start: a copy of another size is written again
		assertEquals(size, Files.size(dir.resolve(FontSetup.FILES[0])));
		PdfFonts.preload(dir);
		assertTrue(inMemory(BaseFont.createFont(PdfFonts.path(dir, FontSetup.FILES[0]), BaseFont.IDENTITY_H,
				BaseFont.EMBEDDED)), "the repaired font is preloaded");
	}

	@Test
	public void birtIsHandedTheFontsMadeFromBytes() throws Exception {
		Fixtures.service(ReportService.class).render(rarPdf(3), dir.resolve("rar.pdf"));
		// After a PDF the font folder is registered with OpenPDF as BIRT does it: what BIRT asks it for (the family,
		// Identity-H, embedded) must be the fonts made from bytes.
		for (int style : new int[] { Font.NORMAL, Font.BOLD }) {
			BaseFont asked = FontFactory.getFont(ReportStyles.FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, 14, style)
					.getBaseFont();
			assertTrue(asked != null && inMemory(asked), "style " + style + ": " + asked);
		}
	}

	/**
	 * OpenPDF's text layout is one switch per JVM that BIRT checks and then turns on at a PDF's first text: two renders
	 * at once could both find it off, and the second failed ("LayoutProcessor is already enabled", in a cold report
	 * beside the primer). The engine's start turns it on first; here from the state of a fresh JVM.
	 */
	@Test
	public void theTextLayoutIsOnBeforeAnyRenderSoThatTwoAtOnceDoNotCollide() throws Exception {
		ReportService reports = Fixtures.service(ReportService.class);
		RenderRequest request = rarPdf(4);
		LayoutProcessor.disable();
		PdfFonts.layoutOn();
		assertTrue(LayoutProcessor.isEnabled());
		PdfFonts.layoutOn(); // again: no "already enabled"
		CountDownLatch go = new CountDownLatch(1);
		List<CompletableFuture<Void>> renders = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			Path out = dir.resolve("together-" + i + ".pdf");
			renders.add(CompletableFuture.runAsync(() -> {
				try {
					go.await();
					reports.render(request, out);
				} catch (Exception e) {
					throw new CompletionException(e);
				}
			}));
		}
		go.countDown();
		for (int i = 0; i < 2; i++) {
			renders.get(i).get(2, TimeUnit.MINUTES);
			String text = Outputs.run("pdftotext", dir.resolve("together-" + i + ".pdf").toString(), "-");
			assertTrue(text.contains("Slutrapportering"), "render " + i);
		}
	}

	/** RAR's final report of a small demo project, as PDF, in Swedish. */
	private static RenderRequest rarPdf(long seed) {
		Locale.setDefault(Locale.of("sv", "SE"));
		Project project = DemoData.create(seed, 60, Fixtures.TODAY).getProjects().get(0);
		Templates.Installed rar = Templates.find("rar.final").orElseThrow();
		ReportInstance report = ReportInstances.create(project, rar.template(), project.getGrantedPeriod().getStart(),
				Fixtures.TODAY);
		return new RenderRequest(project, rar, report, ReportFormat.PDF, false);
	}

	/** Whether OpenPDF reads this TrueType font from memory: its reader stays open only when it has no file. */
	private static boolean inMemory(BaseFont font) throws ReflectiveOperationException {
		Class<?> type = font.getClass(); // TrueTypeFontUnicode; the field is its (package-private) superclass's
		while (!type.getSimpleName().equals("TrueTypeFont")) {
			type = type.getSuperclass();
		}
		Field reader = type.getDeclaredField("rf");
		reader.setAccessible(true);
		return ((RandomAccessFileOrArray) reader.get(font)).isOpen();
	}
}
