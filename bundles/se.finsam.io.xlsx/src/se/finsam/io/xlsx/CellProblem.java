package se.finsam.io.xlsx;

/**
 * One problem found in a cell (or a row) of an imported sheet.
 *
 * @param sheet the sheet's name
 * @param cell the cell reference such as {@code F17}
 * @param value the cell's text as read (never a personnummer: those are masked)
 * @param message why, in the user's language
 * @param row the sheet row (1-based), so that a preview can mark it
 */
public record CellProblem(String sheet, String cell, String value, String message, int row) {

	/** {@code Deltagare!F17}, or {@code 'Mina deltagare'!F17} when the name needs quoting, as Excel writes it. */
	public String reference() {
		boolean plain = sheet.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
		return (plain ? sheet : "'" + sheet.replace("'", "''") + "'") + "!" + cell;
	}

	/** The column letters for a 0-based column index: 0 → A, 26 → AA. */
	public static String columnName(int column) {
		StringBuilder name = new StringBuilder();
		for (int c = column + 1; c > 0; c = (c - 1) / 26) {
			name.insert(0, (char) ('A' + (c - 1) % 26));
		}
		return name.toString();
	}

	@Override
	public String toString() {
		return reference() + " " + (value == null || value.isEmpty() ? "" : "\"" + value + "\" ") + message;
	}
}
