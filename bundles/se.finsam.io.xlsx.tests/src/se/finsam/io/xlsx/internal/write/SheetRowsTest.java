package se.finsam.io.xlsx.internal.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.io.xlsx.SpreadsheetException;
import se.finsam.io.xlsx.TableSheet;
import se.finsam.io.xlsx.TableSheet.Column;
import se.finsam.io.xlsx.TableSheet.Kind;
import se.finsam.io.xlsx.TableSheet.Total;
import se.finsam.io.xlsx.XlsxExport;

/**
 * Our own sheet XML (bytes, shared strings for repeated texts, a second thread for large sheets), read back with
 * POI's usermodel: every value as it was given, what XML cannot carry as POI's writer replaced it.
 */
public class SheetRowsTest {

	@TempDir
	Path dir;

	private static final String[][] TEXTS = {
			// given, read back
			{ "Åsa Öberg-Ängel", "Åsa Öberg-Ängel" }, { "<b>&amp;\"'", "<b>&amp;\"'" },
			{ "  leading and trailing  ", "  leading and trailing  " }, { "rad1\r\nrad2\ttab", "rad1\r\nrad2\ttab" },
			{ "bell\u0007 and nul\u0000", "bell? and nul?" }, { "not a character \uFFFE\uFFFF", "not a character ??" },
			{ "emoji \uD83D\uDE00 ok", "emoji \uD83D\uDE00 ok" }, { "lone \uD83D surrogate", "lone ? surrogate" },
			{ "\u20AC, \u00A0 and \u0800", "\u20AC, \u00A0 and \u0800" }, { "", "" } };

	@Test
	public void valuesReadBackAsGivenAndRepeatedTextsAreShared() throws Exception {
		for (int rows : new int[] { 40, 12_000 }) { // below and above the size made on a second thread
			TableSheet table = new TableSheet("Prov", List.of(Column.of("Kod", Kind.TEXT), Column.of("Kön", Kind.TEXT),
					Column.of("Datum", Kind.DATE), Column.of("Belopp", Kind.AMOUNT).total(Total.SUM),
					Column.of("Andel", Kind.PERCENT), Column.of("Text", Kind.TEXT)));
			for (int r = 0; r < rows; r++) {
				table.row(new ArrayList<>(Arrays.asList("K" + r, r % 3 == 0 ? "Kvinna" : "Man <&> Ö",
						r == 1 ? LocalDate.of(1899, 12, 31) : r == 2 ? LocalDate.of(1900, 1, 1) : LocalDate.of(2016, 12, 31).plusDays(r % 400),
						r % 5 == 0 ? null : BigDecimal.valueOf(r * 25L, 1), r % 2 == 0 ? 0.602 : 1, text(r)[0])));
			}
			table.totals("Totalt");
			Path file = dir.resolve("prov-" + rows + ".xlsx");
			XlsxExport.tables(List.of(table), file);

			String sheetXml = entry(file, "xl/worksheets/sheet1.xml");
			String shared = entry(file, "xl/sharedStrings.xml");
			assertTrue(shared.contains("<t>Kvinna</t>") && shared.contains("<t>Man &lt;&amp;"), shared);
			assertFalse(sheetXml.contains(">Kvinna<"), "a shared text is not also inline");
			assertTrue(sheetXml.contains("<dimension ref=\"A1:F" + (rows + 2) + "\"/>"), "the used range");
			assertTrue(sheetXml.contains("<t>K7</t>") && !shared.contains(">K7<"), "unique codes stay inline");
			try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
				XSSFSheet sheet = wb.getSheetAt(0);
				assertEquals("Kod", sheet.getRow(0).getCell(0).getStringCellValue());
				double sum = 0;
				DataFormatter formatter = new DataFormatter();
				for (int r = 0; r < rows; r++) {
					var row = sheet.getRow(r + 1);
					assertEquals("K" + r, row.getCell(0).getStringCellValue());
					assertEquals(r % 3 == 0 ? "Kvinna" : "Man <&> Ö", row.getCell(1).getStringCellValue());
					XSSFCell date = row.getCell(2);
					if (r == 1) {
						assertEquals("1899-12-31", date.getStringCellValue(), "before Excel's first date: text");
					} else {
						assertEquals(r == 2 ? "1900-01-01" : LocalDate.of(2016, 12, 31).plusDays(r % 400).toString(),
								formatter.formatCellValue(date));
					}
					if (r % 5 == 0) {
						assertEquals(null, row.getCell(3), "an empty value is no cell");
					} else {
						assertEquals(r * 2.5, row.getCell(3).getNumericCellValue(), 1e-9);
						sum += r * 2.5;
					}
					assertEquals(r % 2 == 0 ? 0.602 : 1, row.getCell(4).getNumericCellValue(), 0.0);
					assertEquals(text(r)[1], row.getCell(5) == null ? "" : row.getCell(5).getStringCellValue(),
							"row " + r);
				}
				XSSFCell total = sheet.getRow(rows + 1).getCell(3);
				assertEquals(CellType.FORMULA, total.getCellType());
				assertEquals("SUBTOTAL(109,D2:D" + (rows + 1) + ")", total.getCellFormula());
				assertEquals(sum, total.getNumericCellValue(), 1e-6, "the total, precomputed");
				assertEquals("Totalt", sheet.getRow(rows + 1).getCell(0).getStringCellValue());
				assertEquals("yyyy-mm-dd", sheet.getRow(3).getCell(2).getCellStyle().getDataFormatString());
				assertTrue(sheet.getRow(2).getCell(3).getCellStyle().getDataFormatString().contains("kr"));
			}
		}
	}

	@Test
	public void aFailureWhileTheRowsAreMadeLeavesNoFile() throws Exception {
		TableSheet table = new TableSheet("Prov", List.of(Column.of("Text", Kind.TEXT)));
		for (int r = 0; r < 20_000; r++) {
			table.row(List.of(r == 15_000 ? new Object() {
				@Override
				public String toString() {
					throw new IllegalStateException("broken value");
				}
			} : "rad " + r));
		}
		Path file = dir.resolve("trasig.xlsx");
		SpreadsheetException e = assertThrows(SpreadsheetException.class, () -> XlsxExport.tables(List.of(table), file));
		assertTrue(e.getMessage().contains("trasig.xlsx"), e.getMessage());
		try (var files = Files.list(dir)) {
			assertEquals(List.of(), files.toList(), "neither the file nor its partial copy");
		}
	}

	@Test
	public void whenTheWritingSideFailsTheMakingSideStops() throws Exception {
		AtomicLong made = new AtomicLong();
		OutputStream failing = new OutputStream() {
			long written;

			@Override
			public void write(int b) throws IOException {
				write(new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				written += len;
				if (written > 1_000_000) {
					throw new IOException("disk full");
				}
			}
		};
		IOException e = assertThrows(IOException.class, () -> Pipe.run(out -> {
			byte[] block = new byte[10_000];
			for (int i = 0; i < 100_000; i++) { // 1 GB if nothing stopped it
				out.write(block, 0, block.length);
				made.incrementAndGet();
			}
		}, failing));
		assertEquals("disk full", e.getMessage());
		assertTrue(made.get() < 200, "the producer stopped after " + made.get() + " blocks");
	}

	/** The odd texts first, then unique ones: a column of mostly unique values, so written inline. */
	private static String[] text(int row) {
		return row < TEXTS.length ? TEXTS[row] : new String[] { "fri text " + row, "fri text " + row };
	}

	private static String entry(Path file, String name) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(zip.getEntry(name))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
