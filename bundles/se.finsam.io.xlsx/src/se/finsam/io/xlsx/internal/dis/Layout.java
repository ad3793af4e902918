package se.finsam.io.xlsx.internal.dis;

import java.util.Arrays;
import java.util.List;

import se.finsam.io.xlsx.CellProblem;
import se.finsam.io.xlsx.DisColumn;

/** One sheet's headings: which column index holds which {@link DisColumn}, and the extra attributes. */
final class Layout {

	final String sheet;
	final int headerRow;
	final String[] headings;
	final DisColumn[] columns;
	final boolean date1904;
	private final int[] index = new int[DisColumn.values().length];

	Layout(String sheet, int headerRow, String[] headings, DisColumn[] columns, boolean date1904) {
		this.sheet = sheet;
		this.headerRow = headerRow;
		this.headings = headings;
		this.columns = columns;
		this.date1904 = date1904;
		Arrays.fill(index, -1);
		for (int i = 0; i < columns.length; i++) {
			if (columns[i] != null && index[columns[i].ordinal()] < 0) {
				index[columns[i].ordinal()] = i;
			}
		}
	}

	/** The column index of a field, or -1 when the sheet lacks it. */
	int indexOf(DisColumn column) {
		return index[column.ordinal()];
	}

	boolean has(DisColumn column) {
		return index[column.ordinal()] >= 0;
	}

	/** Whether the column at this index is an extra attribute (a heading we do not know). */
	boolean isExtra(int i) {
		return i < columns.length && columns[i] == null && !headings[i].isBlank();
	}

	/** The cell reference of a field in a row, the row's first cell when the sheet lacks the field. */
	String cell(DisColumn column, int row) {
		int i = column == null ? -1 : indexOf(column);
		return CellProblem.columnName(Math.max(i, 0)) + row;
	}

	List<String> headingList() {
		return List.of(headings);
	}
}
