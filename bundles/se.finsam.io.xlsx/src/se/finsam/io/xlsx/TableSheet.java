package se.finsam.io.xlsx;

import java.util.ArrayList;
import java.util.List;

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

	/** Adds a totals row (formulas over the data rows) with this label in the first column. */
	public TableSheet totals(String label) {
		this.totalsLabel = label;
		return this;
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
