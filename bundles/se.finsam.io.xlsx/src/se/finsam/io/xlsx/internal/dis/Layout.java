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
	/** For a column that is not one of ours: kept (personal or not), left out, or undecided. */
	final HeaderMatcher.Extra[] extras;
	private final int[] index = new int[DisColumn.values().length];
	/** The column indexes kept as extra attributes, in order: a row holds their values only. */
	final int[] extraColumns;

	Layout(String sheet, int headerRow, String[] headings, DisColumn[] columns, HeaderMatcher.Extra[] extras,
			boolean date1904) {
		this.sheet = sheet;
		this.headerRow = headerRow;
		this.headings = headings;
		this.columns = columns;
		this.extras = extras;
		this.date1904 = date1904;
		this.extraColumns = java.util.stream.IntStream.range(0, columns.length).filter(this::isExtra).toArray();
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

	/** Whether the column at this index is kept as an extra attribute (a heading of the förbund's own). */
	boolean isExtra(int i) {
		return i < columns.length && columns[i] == null && !headings[i].isBlank()
				&& (extras[i] == HeaderMatcher.Extra.PLAIN || extras[i] == HeaderMatcher.Extra.PERSONAL);
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
