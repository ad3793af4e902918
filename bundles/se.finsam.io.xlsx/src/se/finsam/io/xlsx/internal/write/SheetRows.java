package se.finsam.io.xlsx.internal.write;

import static se.finsam.io.xlsx.internal.write.XmlBytes.ascii;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;

import se.finsam.io.xlsx.TableSheet;
import se.finsam.io.xlsx.TableSheet.Column;
import se.finsam.io.xlsx.TableSheet.Kind;

/**
 * A table's rows as a worksheet's {@code sheetData}, written as bytes without a cell object per value: the
 * heading, the data and the totals row (formulas with their values). Strings of the columns that
 * {@link SharedText} chose go to the shared strings, the others inline.
 */
final class SheetRows {

	private static final byte[] ROW = ascii("<row r=\"");
	private static final byte[] ROW_OPEN = ascii("\">");
	private static final byte[] ROW_END = ascii("</row>\n");
	private static final byte[] CELL = ascii("<c r=\"");
	private static final byte[] STYLE = ascii("\" s=\"");
	private static final byte[] INLINE = ascii("\" t=\"inlineStr\"><is><t>");
	private static final byte[] INLINE_SPACE = ascii("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
	private static final byte[] INLINE_END = ascii("</t></is></c>");
	private static final byte[] SHARED = ascii("\" t=\"s\"><v>");
	private static final byte[] VALUE = ascii("\"><v>");
	private static final byte[] VALUE_END = ascii("</v></c>");
	private static final byte[] FORMULA = ascii("\"><f>");
	private static final byte[] FORMULA_END = ascii("</f><v>");

	/** Rows from this many on are made on a second thread while the calling thread compresses them. */
	private static final int PIPELINE_ROWS = 5_000;

	private static final long EPOCH_SERIAL = 25_569;
	private static final LocalDate FIRST_PLAIN_SERIAL = LocalDate.of(1900, 3, 1);

	/** Style indexes in the workbook's styles part. */
	record Styles(int header, int plain, Map<Kind, Integer> data, Map<Kind, Integer> total) {
	}

	private final TableSheet table;
	private final Styles styles;
	private final SharedText shared;
	private final byte[][] letters;
	private XmlBytes xml;
	private int row;

	SheetRows(TableSheet table, Styles styles, SharedText shared) {
		this.table = table;
		this.styles = styles;
		this.shared = shared;
		letters = new byte[table.columns().size()][];
		for (int c = 0; c < letters.length; c++) {
			letters[c] = ascii(CellReference.convertNumToColString(c));
		}
	}

	void write(OutputStream out) throws IOException {
		if (table.rows().size() >= PIPELINE_ROWS) {
			Pipe.run(this::writeRows, out);
		} else {
			writeRows(out);
		}
	}

	private void writeRows(OutputStream out) throws IOException {
		xml = new XmlBytes(out);
		List<Column> columns = table.columns();
		startRow(1);
		for (int c = 0; c < columns.size(); c++) {
			text(c, columns.get(c).header(), styles.header(), false);
		}
		endRow();
		int r = 1;
		for (List<Object> values : table.rows()) {
			boolean bold = table.isEmphasised(r - 1);
			startRow(++r);
			for (int c = 0; c < columns.size() && c < values.size(); c++) {
				Object value = values.get(c);
				if (value != null) { // an empty cell is no cell
					value(c, value, columns.get(c).kind(), bold);
				}
			}
			endRow();
		}
		if (hasTotals()) {
			totals(r);
		}
		xml.flush();
	}

	/** A totals row under the data, when asked for and there is data to total. */
	private boolean hasTotals() {
		return table.totalsLabel() != null && !table.rows().isEmpty();
	}

	/** The last row's index (0-based): heading, data, totals. */
	int lastRow() {
		return table.rows().size() + (hasTotals() ? 1 : 0);
	}

	private void value(int column, Object value, Kind kind, boolean bold) throws IOException {
		Map<Kind, Integer> style = bold ? styles.total() : styles.data();
		double number;
		if (value instanceof LocalDate date) {
			if (date.getYear() < 1900) { // no date to Excel: the date as text
				text(column, date.toString(), styles.plain(), false);
				return;
			}
			// The serial number directly (1970-01-01 is 25569); before March 1900 Excel's leap-year bug counts
			number = date.isAfter(FIRST_PLAIN_SERIAL) ? date.toEpochDay() + EPOCH_SERIAL : DateUtil.getExcelDate(date);
		} else if (value instanceof BigDecimal decimal) {
			number = decimal.doubleValue();
		} else if (value instanceof Number n) {
			number = n.doubleValue();
		} else {
			text(column, value.toString(), bold ? style.get(Kind.TEXT) : styles.plain(), shared.isShared(column) && value instanceof String);
			return;
		}
		cell(column, style.get(kind));
		xml.write(VALUE);
		xml.number(number);
		xml.write(VALUE_END);
	}

	private void totals(int lastDataRow) throws IOException {
		List<Column> columns = table.columns();
		startRow(lastDataRow + 1);
		text(0, table.totalsLabel(), styles.header(), false);
		for (int c = 1; c < columns.size(); c++) {
			Column column = columns.get(c);
			if (column.total() == TableSheet.Total.NONE) {
				continue;
			}
			boolean sum = column.total() == TableSheet.Total.SUM;
			cell(c, styles.total().get(sum ? column.kind() : Kind.COUNT));
			xml.write(FORMULA);
			// SUBTOTAL ignores the rows the autofilter hides: the total follows what the user filters.
			xml.text("SUBTOTAL(" + (sum ? 109 : 103) + "," + CellReference.convertNumToColString(c) + "2:"
					+ CellReference.convertNumToColString(c) + lastDataRow + ")");
			xml.write(FORMULA_END);
			// Its value with nothing filtered, so that a reader that does not recalculate (LibreOffice by default,
			// previews, CSV conversion) shows the total rather than 0.
			xml.number(total(c, sum));
			xml.write(VALUE_END);
		}
		endRow();
	}

	private double total(int column, boolean sum) {
		double total = 0;
		for (List<Object> row : table.rows()) {
			Object value = column < row.size() ? row.get(column) : null;
			if (sum && value instanceof Number number) {
				total += number.doubleValue();
			} else if (!sum && value != null) {
				total++;
			}
		}
		return total;
	}

	private void text(int column, String value, int style, boolean share) throws IOException {
		cell(column, style);
		if (share) {
			xml.write(SHARED);
			xml.digits(shared.index(value));
			xml.write(VALUE_END);
			return;
		}
		boolean space = !value.isEmpty()
				&& (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1)));
		xml.write(space ? INLINE_SPACE : INLINE);
		xml.text(value);
		xml.write(INLINE_END);
	}

	private void cell(int column, int style) throws IOException {
		xml.write(CELL);
		xml.write(letters[column]);
		xml.digits(row);
		if (style != 0) {
			xml.write(STYLE);
			xml.digits(style);
		}
	}

	private void startRow(int r) throws IOException {
		row = r;
		xml.write(ROW);
		xml.digits(r);
		xml.write(ROW_OPEN);
	}

	private void endRow() throws IOException {
		xml.write(ROW_END);
	}
}
