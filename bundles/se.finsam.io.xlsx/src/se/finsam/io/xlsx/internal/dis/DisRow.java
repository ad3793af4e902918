package se.finsam.io.xlsx.internal.dis;

/**
 * A data row as understood: its values by {@code DisColumn} ordinal and its extra attributes' texts in the order
 * of {@link Layout#extraColumns}.
 *
 * @param raw the cells' texts as written (personnummer masked) when a cell could not be read, to show what was
 *        there; null for a row read whole
 */
record DisRow(Layout layout, int row, Object[] values, String[] extras, boolean valid, String[] raw) {

	Object get(se.finsam.io.xlsx.DisColumn column) {
		return values[column.ordinal()];
	}
}
