package se.finsam.io.xlsx.internal.dis;

/** A data row as understood: its values by {@code DisColumn} ordinal and its extra attributes' texts by column. */
record DisRow(Layout layout, int row, Object[] values, String[] extras, boolean valid) {

	Object get(se.finsam.io.xlsx.DisColumn column) {
		return values[column.ordinal()];
	}
}
