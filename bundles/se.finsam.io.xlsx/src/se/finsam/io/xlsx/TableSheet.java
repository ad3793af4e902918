package se.finsam.io.xlsx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.finsam.io.xlsx.internal.write.SheetNames;
import se.finsam.stats.StatTable;

/**
 * A table to write as one sheet: typed columns (so that Excel gets real numbers, dates and percentages, not text)
 * and rows of values. Any table view of the workbench exports through this.
 */
public final class TableSheet {

	/** How a column's values are written. */
	public enum Kind {
		/** Text. */
		TEXT,
		/** A whole number without grouping (a year, a code). */
		NUMBER,
		/** A count, grouped as 1 234. */
		COUNT,
		/** A number with one decimal: 7,5. */
		DECIMAL,
		/** An amount in kronor: 1 234 567 kr. */
		AMOUNT,
		/** A {@link java.time.LocalDate}, shown 2016-12-31. */
		DATE,
		/** A fraction (0.602) shown as 60,2 %. */
		PERCENT
	}

	/** What the totals row holds under a column. */
	public enum Total {
		NONE, SUM, COUNT
	}

	/**
	 * @param width in characters; 0 to size it from the heading and the values
	 */
	public record Column(String header, Kind kind, Total total, int width) {

		public static Column of(String header, Kind kind) {
			return new Column(header, kind, Total.NONE, 0);
		}

		public Column total(Total t) {
			return new Column(header, kind, t, width);
		}
	}

	private final String name;
	private final List<Column> columns;
	private final List<List<Object>> rows = new ArrayList<>();
	private final Set<Integer> emphasised = new HashSet<>();
	private String totalsLabel;

	public TableSheet(String name, List<Column> columns) {
		this.name = name;
		this.columns = List.copyOf(columns);
	}

	/** Adds a row; values by column (String, Number, LocalDate or null). */
	public TableSheet row(List<Object> values) {
		rows.add(values);
		return this;
	}

	/** Adds a row written in bold (a heading within the sheet). */
	public TableSheet emphasisedRow(List<Object> values) {
		emphasised.add(rows.size());
		return row(values);
	}

	public boolean isEmphasised(int row) {
		return emphasised.contains(row);
	}

	/**
	 * A statistic as a sheet named by its title: each column written as what it holds (counts, amounts in kronor,
	 * shares as percentages), suppressed cells as "<5".
	 */
	public static TableSheet of(StatTable table) {
		List<Column> columns = new ArrayList<>();
		for (int c = 0; c < table.columns().size(); c++) {
			columns.add(Column.of(table.columns().get(c), kind(table, c)));
		}
		TableSheet sheet = new TableSheet(table.title(), columns);
		for (List<StatTable.Cell> cells : table.rows()) {
			List<Object> row = new ArrayList<>();
			for (StatTable.Cell cell : cells) {
				row.add(cell.suppressed() || cell.value() == null ? (cell.text().isEmpty() ? null : cell.text()) // blank
						: cell.kind() == StatTable.Kind.PERCENT ? cell.value().movePointLeft(2) : cell.value());
			}
			if (table.totalRow() && sheet.rows.size() == table.rows().size() - 1) {
				sheet.emphasisedRow(row);
			} else {
				sheet.row(row);
			}
		}
		return sheet;
	}

	private static Kind kind(StatTable table, int column) {
		for (List<StatTable.Cell> row : table.rows()) {
			StatTable.Cell cell = column < row.size() ? row.get(column) : null;
			if (cell != null && cell.value() != null) {
				return switch (cell.kind()) {
				case COUNT -> Kind.COUNT;
				case PERCENT -> Kind.PERCENT;
				case AMOUNT -> Kind.AMOUNT;
				case DECIMAL -> Kind.DECIMAL;
				case TEXT -> Kind.TEXT;
				};
			}
		}
		return Kind.TEXT;
	}

	/** Adds a totals row (formulas over the data rows) with this label in the first column. */
	public TableSheet totals(String label) {
		this.totalsLabel = label;
		return this;
	}

	/**
	 * The names the sheets of tables with these names get in a workbook, in order: Excel's 31 characters at most,
	 * shortened by whole words, without the characters it forbids, a repeated one numbered (a report's text can then
	 * name the sheet where a table is).
	 */
	public static List<String> sheetNames(List<String> names) {
		return SheetNames.of(names);
	}

	public String name() {
		return name;
	}

	public List<Column> columns() {
		return columns;
	}

	public List<List<Object>> rows() {
		return rows;
	}

	public String totalsLabel() {
		return totalsLabel;
	}
}
