package se.finsam.io.xlsx.internal.write;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.eclipse.osgi.util.NLS;

import se.finsam.core.PrivateFiles;
import se.finsam.io.xlsx.SpreadsheetException;
import se.finsam.io.xlsx.TableSheet;
import se.finsam.io.xlsx.TableSheet.Column;
import se.finsam.io.xlsx.TableSheet.Kind;
import se.finsam.io.xlsx.internal.Messages;

/**
 * Writes tables as XLSX with POI's deferred streaming workbook (inline strings; each sheet's rows are generated
 * while the file is written, straight into its zip entry): bold heading row, frozen, with an autofilter; real
 * number, date and percent formats; column widths; a totals row with formulas. No row ever goes to a temporary
 * file, so no names or personnummer lie on disk outside the export itself. The file appears only when complete
 * (written beside it, then moved), so a failed export never leaves half a workbook.
 */
public final class SheetWriter {

	private static final int WINDOW = 200;
	private static final int MAX_WIDTH = 60;
	private static final int WIDTH_SAMPLE = 500;

	private static final long EPOCH_SERIAL = 25_569;
	private static final LocalDate FIRST_PLAIN_SERIAL = LocalDate.of(1900, 3, 1);

	private SheetWriter() {
	}

	public static void write(Path file, List<TableSheet> sheets) throws SpreadsheetException {
		Path temporary = file.resolveSibling(file.getFileName() + ".part");
		PoiTemp.useWorkFolder();
		// Generating rows at write time saves the temporary file SXSSF would write, encrypt, read back and decrypt:
		// a third of an export of 100 000 participants (measured).
		DeferredSXSSFWorkbook workbook = new DeferredSXSSFWorkbook(WINDOW) {
			@Override
			protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
				// The fastest deflate: a third of the export's time at the default level, for a file ~15 % larger.
				ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
				zip.setLevel(Deflater.BEST_SPEED);
				return zip;
			}
		};
		try {
			Styles styles = new Styles(workbook);
			for (TableSheet table : sheets) {
				write(workbook, styles, table);
			}
			try (OutputStream out = Files.newOutputStream(PrivateFiles.newFile(temporary))) {
				workbook.write(out);
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException | RuntimeException e) {
			throw new SpreadsheetException(NLS.bind(Messages.Write_failed, file, e.getMessage()), e);
		} finally {
			workbook.dispose();
			try {
				workbook.close();
				Files.deleteIfExists(temporary);
			} catch (IOException e) {
				// the export itself succeeded or already failed with its own message
			}
		}
	}

	private static void write(DeferredSXSSFWorkbook workbook, Styles styles, TableSheet table) {
		String name = safeName(table.name());
		for (int n = 2; workbook.getSheet(name) != null; n++) {
			name = safeName(table.name().substring(0, Math.min(table.name().length(), 26))) + " (" + n + ")";
		}
		DeferredSXSSFSheet sheet = workbook.createSheet(name);
		List<Column> columns = table.columns();
		int last = table.rows().size();
		sheet.setRowGenerator(generated -> rows(generated, styles, table));
		sheet.createFreezePane(0, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(last, 1), 0, columns.size() - 1));
		for (int c = 0; c < columns.size(); c++) {
			sheet.setColumnWidth(c, Math.min(MAX_WIDTH, width(table, c) + 2) * 256);
		}
	}

	/** The heading, the data and the totals row, in order (a streamed sheet is written once, top to bottom). */
	private static void rows(SXSSFSheet sheet, Styles styles, TableSheet table) {
		List<Column> columns = table.columns();
		Row header = sheet.createRow(0);
		for (int c = 0; c < columns.size(); c++) {
			Cell cell = header.createCell(c);
			cell.setCellValue(columns.get(c).header());
			cell.setCellStyle(styles.header);
		}
		int r = 1;
		for (List<Object> values : table.rows()) {
			boolean bold = table.isEmphasised(r - 1);
			Row row = sheet.createRow(r++);
			for (int c = 0; c < columns.size() && c < values.size(); c++) {
				Object value = values.get(c);
				if (value != null) { // an empty cell is no cell
					set(row.createCell(c), value, columns.get(c).kind(), bold ? styles.total : styles.data, styles.plain,
							bold);
				}
			}
		}
		int last = r - 1;
		if (table.totalsLabel() != null && last >= 1) {
			totals(sheet.createRow(r), table, last, styles);
		}
	}

	private static void totals(Row row, TableSheet table, int lastDataRow, Styles styles) {
		List<Column> columns = table.columns();
		Cell label = row.createCell(0);
		label.setCellValue(table.totalsLabel());
		label.setCellStyle(styles.header);
		for (int c = 0; c < columns.size(); c++) {
			Column column = columns.get(c);
			if (column.total() == TableSheet.Total.NONE || c == 0) {
				continue;
			}
			String letter = CellReference.convertNumToColString(c);
			String range = letter + "2:" + letter + (lastDataRow + 1);
			// SUBTOTAL ignores the rows the autofilter hides: the total follows what the user filters.
			Cell cell = row.createCell(c);
			cell.setCellFormula(column.total() == TableSheet.Total.SUM ? "SUBTOTAL(109," + range + ")"
					: "SUBTOTAL(103," + range + ")");
			// Its value with nothing filtered, so that a reader that does not recalculate (LibreOffice by default,
			// previews, CSV conversion) shows the total rather than 0.
			cell.setCellValue(total(table, c, column.total()));
			cell.setCellStyle(column.total() == TableSheet.Total.SUM ? styles.total.get(column.kind()) : styles.total.get(Kind.COUNT));
		}
	}

	private static double total(TableSheet table, int column, TableSheet.Total kind) {
		double total = 0;
		for (List<Object> row : table.rows()) {
			Object value = column < row.size() ? row.get(column) : null;
			if (kind == TableSheet.Total.SUM && value instanceof Number number) {
				total += number.doubleValue();
			} else if (kind != TableSheet.Total.SUM && value != null) {
				total++;
			}
		}
		return total;
	}

	/**
	 * Every cell gets its style explicitly: a cell without one makes POI look up its column's default style in the
	 * sheet's XML for each cell written (over half of a large export's time, measured).
	 */
	private static void set(Cell cell, Object value, Kind kind, Map<Kind, CellStyle> styles, CellStyle plain,
			boolean bold) {
		if (value instanceof LocalDate date) {
			// The serial number directly (1970-01-01 is 25569): POI's calendar arithmetic costs more than the rest.
			if (date.isAfter(FIRST_PLAIN_SERIAL)) {
				cell.setCellValue(date.toEpochDay() + EPOCH_SERIAL);
			} else {
				cell.setCellValue(date);
			}
		} else if (value instanceof BigDecimal number) {
			cell.setCellValue(number.doubleValue());
		} else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		} else {
			cell.setCellValue(value.toString());
			cell.setCellStyle(bold ? styles.get(Kind.TEXT) : plain);
			return;
		}
		cell.setCellStyle(styles.get(kind));
	}

	private static int width(TableSheet table, int column) {
		Column c = table.columns().get(column);
		if (c.width() > 0) {
			return c.width();
		}
		int width = c.header().length() + 2; // the autofilter button
		int n = 0;
		for (List<Object> row : table.rows()) {
			if (++n > WIDTH_SAMPLE) {
				break;
			}
			Object value = column < row.size() ? row.get(column) : null;
			int length = value == null ? 0
					: switch (c.kind()) {
					case DATE -> 10;
					case AMOUNT -> value.toString().length() * 4 / 3 + 3;
					case PERCENT -> 7;
					default -> value.toString().length();
					};
			width = Math.max(width, length);
		}
		return width;
	}

	/** Sheet names: at most 31 characters, none of []:*?/\ . */
	static String safeName(String name) {
		String safe = name.replaceAll("[\\[\\]:*?/\\\\]", "-");
		return safe.length() > 31 ? safe.substring(0, 31) : safe;
	}

	private static final class Styles {
		final CellStyle header;
		final CellStyle plain;
		final Map<Kind, CellStyle> data = new EnumMap<>(Kind.class);
		final Map<Kind, CellStyle> total = new EnumMap<>(Kind.class);

		Styles(SXSSFWorkbook workbook) {
			plain = workbook.getCellStyleAt(0); // the workbook's default: General
			Font bold = workbook.createFont();
			bold.setBold(true);
			header = workbook.createCellStyle();
			header.setFont(bold);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			header.setBorderBottom(BorderStyle.THIN);
			for (Kind kind : Kind.values()) {
				String format = switch (kind) {
				case TEXT -> "@";
				case NUMBER -> "0";
				case COUNT -> "#,##0";
				case DECIMAL -> "#,##0.0";
				case AMOUNT -> "#,##0\\ \"kr\"";
				case DATE -> "yyyy-mm-dd";
				case PERCENT -> "0.0%";
				};
				short f = workbook.createDataFormat().getFormat(format);
				CellStyle style = workbook.createCellStyle();
				style.setDataFormat(f);
				data.put(kind, style);
				CellStyle sum = workbook.createCellStyle();
				sum.cloneStyleFrom(header);
				sum.setDataFormat(f);
				total.put(kind, sum);
			}
		}
	}
}
