package se.finsam.stats;

import java.math.BigDecimal;
import java.util.List;

/**
 * A statistic as a table, the form reports, exports and the command line show it. Ids:
 * {@code participants}, {@code participants.age}, {@code outcomes}, {@code outcomes.gender}, {@code dropout},
 * {@code support.transition}, {@code occupation.transition}, {@code support.matrix}, {@code occupation.matrix},
 * {@code employment.sector}, {@code costs.yearly}, {@code budget.lines}, {@code budget.years}, {@code goals}.
 *
 * @param columns the column headings
 * @param rows the cells, row by row; the last row is a total row when {@code totalRow}
 * @param note a sentence to print under the table (the base of the shares, suppression), or null
 */
public record StatTable(String id, String title, List<String> columns, List<List<Cell>> rows, boolean totalRow,
		String note) {

	/** What a cell holds, so that an export can write a real number and a report can align it. */
	public enum Kind {
		TEXT, COUNT, PERCENT, AMOUNT, DECIMAL
	}

	/**
	 * @param text as shown (Swedish formats; "<5" when suppressed)
	 * @param value the number, or null for text and suppressed cells
	 */
	public record Cell(String text, BigDecimal value, Kind kind, boolean suppressed) {

		public static Cell text(String text) {
			return new Cell(text == null ? "" : text, null, Kind.TEXT, false);
		}
	}

	/** Column {@code column} of every row, for charts: label column 0 against a numeric column. */
	public List<Cell> column(int column) {
		return rows.stream().map(r -> r.get(column)).toList();
	}
}
