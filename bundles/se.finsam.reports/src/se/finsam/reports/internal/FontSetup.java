package se.finsam.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The fonts of the PDF output: DejaVu Sans, shipped in this bundle and embedded in every PDF, so that å, ä and ö
 * look the same on every machine and come back out of the text (pdftotext, screen readers, copy and paste).
 * BIRT reads fonts from files, so they are copied into a folder of ours with a fontsConfig.xml naming them, again
 * whenever a copy's size is not the shipped file's.
 */
final class FontSetup {

	static final String[] FILES = { "DejaVuSans.ttf", "DejaVuSans-Bold.ttf" };
	private static final String[] BLOCKS = { "Basic Latin:0:7f:0", "Latin-1 Supplement:80:ff:1",
			"Latin Extended-A:100:17f:2", "General Punctuation:2000:206f:56", "Currency Symbols:20a0:20cf:58",
			"Letterlike Symbols:2100:214f:60", "Arrows:2190:21ff:62", "Mathematical Operators:2200:22ff:63" };

	private FontSetup() {
	}

	/** The URL of the fontsConfig.xml for the engine, writing the folder when needed. */
	static URL configure(Path folder) throws IOException {
		Files.createDirectories(folder);
		for (String file : FILES) {
			Path target = folder.resolve(file);
			URL shipped = FontSetup.class.getResource("/fonts/" + file);
			if (shipped == null) {
				throw new IOException("fonts/" + file + " is missing from se.finsam.reports");
			}
			// A copy of another size is damaged (or another version's): BIRT would fall back to Times-Roman for it.
			if (!Files.exists(target) || Files.size(target) != shipped.openConnection().getContentLengthLong()) {
				try (InputStream in = shipped.openStream()) {
					Path temp = Files.createTempFile(folder, file, ".part");
					Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
					Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<font>\n  <font-aliases>\n");
		for (String generic : new String[] { "serif", "sans-serif", "monospace", "cursive", "fantasy", "Helvetica",
				"Times-Roman", "Arial" }) {
			xml.append("    <mapping name=\"").append(generic).append("\" font-family=\"").append(ReportStyles.FONT)
					.append("\"/>\n");
		}
		xml.append("  </font-aliases>\n  <composite-font name=\"all-fonts\">\n");
		for (String block : BLOCKS) {
			String[] b = block.split(":");
			xml.append("    <block name=\"").append(b[0]).append("\" range-start=\"").append(b[1])
					.append("\" range-end=\"").append(b[2]).append("\" index=\"").append(b[3])
					.append("\" font-family=\"").append(ReportStyles.FONT).append("\"/>\n");
		}
		xml.append("  </composite-font>\n  <font-paths>\n    <path path=\"")
				.append(folder.toAbsolutePath().toString().replace("&", "&amp;").replace("\"", "&quot;"))
				.append("\"/>\n  </font-paths>\n</font>\n");
		Path config = folder.resolve("fontsConfig.xml");
		Files.writeString(config, xml, StandardCharsets.UTF_8);
		return config.toUri().toURL();
	}
}
