package se.finsam.io.xlsx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.io.xlsx.internal.read.RowSink;
import se.finsam.io.xlsx.internal.read.SheetRow;
import se.finsam.io.xlsx.internal.read.WorkbookReader;

/**
 * A sheet of Excel's full 1 048 576 rows streams through the reader (shared strings, numbers, an inline string and
 * a formula's cached value in every row) without holding the sheet: only the counts are kept here.
 */
public class LargeSheetTest {

	private static final int ROWS = 1_048_576;

	@TempDir
	Path dir;

	@Test
	public void everyRowOfAFullSheetIsRead() throws Exception {
		Path file = write(dir.resolve("full.xlsx"));
		long[] seen = new long[3];
		WorkbookReader.read(file, new RowSink() {
			@Override
			public void startSheet(String name, boolean date1904) {
				assertEquals("Deltagare", name);
			}

			@Override
			public void row(SheetRow row) {
				seen[0]++;
				seen[1] = row.number();
				if (row.number() > 1 && row.text(3).equals(String.valueOf(row.number() * 2))) {
					seen[2]++;
				}
			}
		});
		assertEquals(ROWS, seen[0], "every row");
		assertEquals(ROWS, seen[1], "the last row number");
		assertEquals(ROWS - 1, seen[2], "every formula's cached value");
	}

	private static Path write(Path file) throws IOException {
		Map<String, String> parts = Map.of("[Content_Types].xml",
				"<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
						+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
						+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
						+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
						+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
						+ "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>",
				"_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
						+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
				"xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
						+ "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
						+ "<sheet name=\"Deltagare\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
				"xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
						+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
						+ "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>",
				"xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
						+ "<si><t>Deltagar-ID</t></si><si><t>Kön</t></si><si><t>K</t></si><si><t>M</t></si></sst>");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			for (var part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8), 1 << 16);
			out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
			out.write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>");
			for (int r = 2; r <= ROWS; r++) {
				out.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>P" + r + "</t></is></c><c r=\"B" + r
						+ "\" t=\"s\"><v>" + (2 + r % 2) + "</v></c><c r=\"C" + r + "\"><v>" + (1900 + r % 100) + "</v></c><c r=\"D" + r
						+ "\"><f>ROW()*2</f><v>" + (r * 2) + "</v></c></row>");
			}
			out.write("</sheetData></worksheet>");
			out.flush();
			zip.closeEntry();
		}
		return file;
	}

	/** Lets the writer flush into the zip entry without closing the zip. */
	private static final class NonClosing extends java.io.FilterOutputStream {
		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
