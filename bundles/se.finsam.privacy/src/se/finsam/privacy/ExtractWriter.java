package se.finsam.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.eclipse.osgi.util.NLS;

import se.finsam.core.Formats;
import se.finsam.core.PrivateFiles;
import se.finsam.privacy.PersonRegister.Extract;
import se.finsam.privacy.PersonRegister.Registration;
import se.finsam.privacy.internal.Messages;
import se.finsam.store.AuditEntry;

/**
 * An extract written for the person it is about, in Swedish: as PDF (A4, to print or send) or as JSON (to move to
 * another system, art. 20). The format follows the file's extension.
 */
public final class ExtractWriter {

	private ExtractWriter() {
	}

	/**
	 * Writes the extract, readable by its owner only (it holds her personnummer and all her data). It is written
	 * beside its name and moved there whole: a failed write leaves neither half an extract nor the one it was to
	 * replace gone. {@code beforeShown} (or null) runs when the extract is complete and before it appears; what it
	 * throws is thrown as it is, and no extract appears.
	 */
	public static void write(Extract extract, Path file, Runnable beforeShown) throws IOException {
		String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		boolean json = name.endsWith(".json");
		if (!json && !name.endsWith(".pdf")) {
			throw new IllegalArgumentException(NLS.bind(Messages.Extract_format, file.getFileName()));
		}
		PrivateFiles.writeWhole(file, part -> {
			if (json) {
				Files.writeString(part, json(extract), StandardCharsets.UTF_8);
			} else {
				pdf(extract, part);
			}
		}, beforeShown);
	}

	/** The lines of the extract, as the PDF prints them: headings start with "#". */
	static List<String> lines(Extract e) {
		List<String> lines = new ArrayList<>();
		lines.add("#" + Messages.Extract_title);
		lines.add(NLS.bind(Messages.Extract_intro, Formats.date(e.made()), e.personnummer()));
		lines.add(NLS.bind(Messages.Extract_purpose, e.retentionYears()));
		if (e.registrations().isEmpty()) {
			lines.add(Messages.Extract_none);
		}
		for (Registration r : e.registrations()) {
			lines.add("");
			lines.add("#" + NLS.bind(Messages.Extract_registration, new Object[] { r.association(), r.diarienummer(),
					r.project() }));
			r.fields().forEach((label, value) -> lines.add(label + ": " + value));
		}
		lines.add("");
		lines.add("#" + Messages.Extract_history);
		if (e.history().isEmpty()) {
			lines.add(Messages.Extract_noHistory);
		}
		for (AuditEntry a : e.history()) {
			lines.add(Formats.dateTime(a.at()) + " " + NLS.bind(Messages.Extract_act, new Object[] { AuditLog.describe(a.action()),
					a.user() == null ? "" : a.user(), a.reason() == null ? "" : a.reason() }));
		}
		return lines;
	}

	private static String json(Extract e) {
		StringBuilder s = new StringBuilder("{\n");
		s.append("  \"registerutdrag\": ").append(quote(Messages.Extract_title)).append(",\n");
		s.append("  \"datum\": ").append(quote(e.made().toString())).append(",\n");
		s.append("  \"personnummer\": ").append(quote(e.personnummer())).append(",\n");
		s.append("  \"gallringÅrEfterAvslut\": ").append(e.retentionYears()).append(",\n");
		s.append("  \"registreringar\": [");
		for (int i = 0; i < e.registrations().size(); i++) {
			Registration r = e.registrations().get(i);
			s.append(i == 0 ? "\n" : ",\n").append("    {\"förbund\": ").append(quote(r.association()))
					.append(", \"diarienummer\": ").append(quote(r.diarienummer())).append(", \"insats\": ")
					.append(quote(r.project())).append(", \"uppgifter\": {");
			int n = 0;
			for (Map.Entry<String, String> f : r.fields().entrySet()) {
				s.append(n++ == 0 ? "" : ", ").append(quote(f.getKey())).append(": ").append(quote(f.getValue()));
			}
			s.append("}}");
		}
		s.append(e.registrations().isEmpty() ? "],\n" : "\n  ],\n");
		s.append("  \"händelser\": [");
		for (int i = 0; i < e.history().size(); i++) {
			AuditEntry a = e.history().get(i);
			s.append(i == 0 ? "\n" : ",\n").append("    {\"tid\": ").append(quote(a.at().toString()))
					.append(", \"vad\": ").append(quote(AuditLog.describe(a.action()))).append(", \"vem\": ")
					.append(quote(a.user())).append(", \"skäl\": ").append(quote(a.reason())).append('}');
		}
		s.append(e.history().isEmpty() ? "]\n" : "\n  ]\n").append("}\n");
		return s.toString();
	}

	private static String quote(String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder s = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
			case '"' -> s.append("\\\"");
			case '\\' -> s.append("\\\\");
			case '\n' -> s.append("\\n");
			case '\r' -> s.append("\\r");
			case '\t' -> s.append("\\t");
			default -> {
				if (c < 0x20) {
					s.append(String.format("\\u%04x", (int) c));
				} else {
					s.append(c);
				}
			}
			}
		}
		return s.append('"').toString();
	}

	/** A4 pages of wrapped lines in Helvetica (WinAnsi holds Swedish letters). */
	private static void pdf(Extract e, Path file) throws IOException {
		PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
		float margin = 56;
		float width = PDRectangle.A4.getWidth() - 2 * margin;
		try (PDDocument doc = new PDDocument()) {
			PdfPages pages = new PdfPages(doc, margin);
			for (String line : lines(e)) {
				boolean heading = line.startsWith("#");
				String text = heading ? line.substring(1) : line;
				PDType1Font font = heading ? bold : regular;
				float size = heading ? 12 : 10;
				if (text.isEmpty()) {
					pages.skip(size);
					continue;
				}
				for (String part : wrap(text, font, size, width)) {
					pages.line(part, font, size);
				}
			}
			pages.close();
			doc.save(file.toFile());
		}
	}

	private static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
		List<String> out = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
				out.add(line.toString());
				line = new StringBuilder(word);
			} else {
				line = new StringBuilder(candidate);
			}
		}
		out.add(line.toString());
		return out;
	}

	/** Writes lines down A4 pages, starting a new page when one is full. */
	private static final class PdfPages {

		private final PDDocument doc;
		private final float margin;
		private PDPageContentStream stream;
		private float y;

		PdfPages(PDDocument doc, float margin) {
			this.doc = doc;
			this.margin = margin;
		}

		void line(String text, PDType1Font font, float size) throws IOException {
			float leading = size * 1.4f;
			if (stream == null || y - leading < margin) {
				newPage();
			}
			y -= leading;
			stream.beginText();
			stream.setFont(font, size);
			stream.newLineAtOffset(margin, y);
			stream.showText(printable(text, font));
			stream.endText();
		}

		/** What the standard font cannot draw (outside WinAnsi) becomes "?", rather than a failed extract. */
		private static String printable(String text, PDType1Font font) {
			StringBuilder s = new StringBuilder(text.length());
			text.codePoints().forEach(c -> {
				String one = new String(Character.toChars(c));
				try {
					font.encode(one);
					s.append(one);
				} catch (IOException | IllegalArgumentException e) {
					s.append('?');
				}
			});
			return s.toString();
		}

		void skip(float size) {
			y -= size;
		}

		private void newPage() throws IOException {
			close();
			PDPage page = new PDPage(PDRectangle.A4);
			doc.addPage(page);
			stream = new PDPageContentStream(doc, page);
			y = PDRectangle.A4.getHeight() - margin;
		}

		void close() throws IOException {
			if (stream != null) {
				stream.close();
			}
		}
	}
}
