package se.finsam.reports.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a rendered report back as text, the way its reader would see it. */
public final class Outputs {

	private Outputs() {
	}

	/** The visible text, whitespace (and non-breaking spaces) collapsed to single spaces. */
	static String text(Path file) throws Exception {
		String name = file.getFileName().toString();
		String raw;
		if (name.endsWith(".pdf")) {
			raw = run("pdftotext", "-layout", file.toString(), "-");
		} else if (name.endsWith(".docx")) {
			raw = xmlText(zipEntry(file, "word/document.xml"));
		} else if (name.endsWith(".xlsx")) {
			raw = String.join("\n", cells(file));
		} else {
			raw = xmlText(Files.readString(file, StandardCharsets.UTF_8));
		}
		return normalize(raw);
	}

	static String normalize(String s) {
		return s.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ").strip();
	}

	/** Every cell of every sheet, as formatted text. */
	static List<String> cells(Path xlsx) throws IOException {
		List<String> out = new ArrayList<>();
		try (Workbook workbook = new XSSFWorkbook(xlsx.toFile())) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						out.add(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
								? String.valueOf(cell.getNumericCellValue()) : cell.toString());
					}
				}
			}
		} catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
			throw new IOException(e);
		}
		return out;
	}

	/**
	 * How many charts the document holds: vector drawings (form XObjects) in a PDF, pictures in Word and Excel, SVG
	 * or PNG files beside an HTML page.
	 */
	static int charts(Path file) throws Exception {
		String name = file.getFileName().toString();
		if (name.endsWith(".pdf")) {
			String pdf = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
			return pdf.split("/Subtype\\s*/Form", -1).length - 1;
		}
		return bitmaps(file);
	}

	/** Pictures embedded as bitmaps: {@code pdfimages -list} for a PDF, the media of a DOCX or XLSX, HTML's folder. */
	static int bitmaps(Path file) throws Exception {
		String name = file.getFileName().toString();
		if (name.endsWith(".pdf")) {
			return (int) run("pdfimages", "-list", file.toString()).lines().skip(2).count();
		}
		if (name.endsWith(".html")) {
			Path folder = file.resolveSibling(name + "-bilder");
			try (var files = Files.list(folder)) {
				return (int) files.count();
			}
		}
		// BIRT's DOCX emitter keeps pictures in media/, Excel's in xl/media/.
		try (ZipFile zip = new ZipFile(file.toFile())) {
			return (int) zip.stream().filter(e -> e.getName().matches("(xl/|word/)?media/.+")).count();
		}
	}

	public static String run(String... command) throws Exception {
		Process p;
		try {
			p = new ProcessBuilder(command).redirectErrorStream(true).start();
		} catch (IOException e) {
			throw new AssertionError(command[0] + " is needed to read PDFs in the tests (Debian: poppler-utils)", e);
		}
		byte[] out = p.getInputStream().readAllBytes();
		if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
			throw new AssertionError(String.join(" ", command) + " failed: " + new String(out, StandardCharsets.UTF_8));
		}
		return new String(out, StandardCharsets.UTF_8);
	}

	static String zipEntry(Path file, String entry) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry e = zip.getEntry(entry);
			if (e == null) {
				throw new AssertionError(file + " has no " + entry);
			}
			try (InputStream in = zip.getInputStream(e)) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
	}

	/** Text of XML or HTML: paragraphs and cells become spaces, tags go, entities are decoded. */
	private static String xmlText(String xml) {
		String t = xml.replaceAll("(?s)<style.*?</style>", " ").replaceAll("(?s)<script.*?</script>", " ")
				.replaceAll("</w:p>|</w:tc>|<br\\s*/?>|</p>|</td>|</div>", " \n").replaceAll("(?s)<[^>]+>", "");
		return t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
				.replace("&nbsp;", " ").replace("&amp;", "&");
	}
}
