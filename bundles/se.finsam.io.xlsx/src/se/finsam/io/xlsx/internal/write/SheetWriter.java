package se.finsam.io.xlsx.internal.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.StreamingSheetWriter;
import org.eclipse.osgi.util.NLS;

import se.finsam.core.PrivateFiles;
import se.finsam.io.xlsx.SpreadsheetException;
import se.finsam.io.xlsx.TableSheet;
import se.finsam.io.xlsx.TableSheet.Column;
import se.finsam.io.xlsx.TableSheet.Kind;
import se.finsam.io.xlsx.internal.Messages;

/**
 * Writes tables as XLSX: bold heading row, frozen, with an autofilter; real number, date and percent formats;
 * column widths; a totals row with formulas; repeated texts as shared strings. The file appears only when
 * complete (written beside it, then moved), so a failed export never leaves half a workbook.
 */
public final class SheetWriter {

	private static final int MAX_WIDTH = 60;
	private static final int WIDTH_SAMPLE = 500;

	private SheetWriter() {
	}

	public static void write(Path file, List<TableSheet> sheets) throws SpreadsheetException {
		write(file, sheets, () -> {
		});
	}

	/**
	 * As {@link #write(Path, List)}, running {@code beforeShown} when the workbook is complete beside {@code file}
	 * and before it appears there: what it throws is thrown as it is, and no file appears.
	 */
	public static void write(Path file, List<TableSheet> sheets, Runnable beforeShown) throws SpreadsheetException {
		PoiTemp.useWorkFolder();
		Workbook workbook = new Workbook();
		try {
			try {
				SheetRows.Styles styles = styles(workbook);
				Map<String, Integer> sharedIndexes = new HashMap<>();
				List<String> names = SheetNames.of(sheets.stream().map(TableSheet::name).toList());
				for (int i = 0; i < sheets.size(); i++) {
					TableSheet table = sheets.get(i);
					SharedText shared = SharedText.of(table, workbook.getXSSFWorkbook().getSharedStringSource(),
							sharedIndexes);
					write(workbook, new SheetRows(table, styles, shared), table, names.get(i));
				}
			} catch (RuntimeException e) {
				throw failed(file, e);
			}
			PrivateFiles.writeWhole(file, part -> save(workbook, part, file), beforeShown);
		} catch (IOException e) {
			throw failed(file, e);
		} finally {
			workbook.dispose();
			try {
				workbook.close();
			} catch (IOException e) {
				// the export itself succeeded or already failed with its own message
			}
		}
	}

	private static void save(Workbook workbook, Path part, Path file) throws SpreadsheetException {
		try (OutputStream out = Files.newOutputStream(part)) {
			workbook.write(out);
		} catch (IOException | RuntimeException e) {
			throw failed(file, e);
		}
	}

	private static SpreadsheetException failed(Path file, Exception e) {
		return new SpreadsheetException(NLS.bind(Messages.Write_failed, file, e.getMessage()), e);
	}

	/**
	 * POI writes the package (styles, workbook, each sheet's settings) and asks for each sheet's rows while it
	 * writes that sheet's zip entry, straight into it: no row goes to a temporary file, so no names or personnummer
	 * lie on disk outside the export itself. The rows themselves are ours ({@link SheetRows}): POI's cell objects
	 * and its character writer were most of a large export's time (measured).
	 */
	private static final class Workbook extends DeferredSXSSFWorkbook {
		private OutputStream sheetData;

		@Override
		protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
			// The fastest deflate: a third of the export's time at the default level, for a file ~15 % larger.
			ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
			zip.setLevel(Deflater.BEST_SPEED);
			return zip;
		}

		@Override
		protected StreamingSheetWriter createSheetDataWriter(OutputStream out) throws IOException {
			sheetData = out; // the sheet's entry, which its row generator (called next) writes to
			return super.createSheetDataWriter(out);
		}
	}

	private static void write(Workbook workbook, SheetRows rows, TableSheet table, String name) {
		DeferredSXSSFSheet sheet = workbook.createSheet(name);
		List<Column> columns = table.columns();
		int last = table.rows().size();
		sheet.setRowGenerator(generated -> rows.write(workbook.sheetData));
		sheet.createFreezePane(0, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(last, 1), 0, columns.size() - 1));
		// POI knows no cells of ours; readers take the used range from here (it said A1)
		workbook.getXSSFWorkbook().getSheet(name).setDimensionOverride(new CellRangeAddress(0, rows.lastRow(), 0,
				columns.size() - 1));
		for (int c = 0; c < columns.size(); c++) {
			sheet.setColumnWidth(c, Math.min(MAX_WIDTH, width(table, c) + 2) * 256);
		}
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

	/** The styles every sheet's cells use, created once per workbook; the rows need only their indexes. */
	private static SheetRows.Styles styles(SXSSFWorkbook workbook) {
		Font bold = workbook.createFont();
		bold.setBold(true);
		CellStyle header = workbook.createCellStyle();
		header.setFont(bold);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setBorderBottom(BorderStyle.THIN);
		Map<Kind, Integer> data = new EnumMap<>(Kind.class);
		Map<Kind, Integer> total = new EnumMap<>(Kind.class);
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
			data.put(kind, index(style));
			CellStyle sum = workbook.createCellStyle();
			sum.cloneStyleFrom(header);
			sum.setDataFormat(f);
			total.put(kind, index(sum));
		}
		// 0 is the workbook's default style: General
		return new SheetRows.Styles(index(header), 0, data, total);
	}

	private static int index(CellStyle style) {
		return style.getIndex() & 0xffff;
	}
}
