package se.finsam.reports.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.LayoutProcessor;

/**
 * Gives OpenPDF the PDF fonts as bytes before BIRT asks for them by path. A font OpenPDF opened from a file is read
 * again each time a PDF is closed, to embed the subset of glyphs it used, and by then it reads the file one byte per
 * system call (closing a memory-mapped font file turns mapping off): about 24 000 calls per font and report for DejaVu
 * Sans's glyph table, a tenth of a second of a cold report's critical thread. A font made from bytes is subset from
 * memory. OpenPDF keeps its fonts by file path, encoding and embedding, which is how BIRT asks for them (by the path
 * its font folder registered, Identity-H, embedded), so BIRT is handed these.
 */
final class PdfFonts {

	private PdfFonts() {
	}

	/** Makes each font file of the folder OpenPDF's font under the key BIRT will ask for. */
	static void preload(Path folder) throws IOException {
		for (String file : FontSetup.FILES) {
			String path = path(folder, file);
			try {
				BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
						Files.readAllBytes(Path.of(path)), null);
			} catch (IOException | RuntimeException e) { // OpenPDF's DocumentException is unchecked
				throw new IOException(path + ": " + e, e); // OpenPDF's own messages may be empty (a short file)
			}
		}
	}

	/**
	 * Turns OpenPDF's text layout on, as BIRT does at a PDF's first text (without kerning and ligatures: our font
	 * configuration asks for none). It is one switch for the whole JVM, and BIRT checks it and then turns it on, so two
	 * renders starting at once (the report primer and the command's own, a preview and an export) could both find it
	 * off, and the second failed: "LayoutProcessor is already enabled" (seen in a cold ./finsam report). Called
	 * before any render can start, BIRT then finds it on.
	 */
	static synchronized void layoutOn() {
		if (!LayoutProcessor.isEnabled()) {
			LayoutProcessor.enable(0);
		}
	}

	/** The path as OpenPDF's FontFactory.registerDirectory writes it for a file of the folder BIRT registers. */
	static String path(Path folder, String file) {
		return new File(folder.toAbsolutePath().toString(), file).getPath();
	}
}
