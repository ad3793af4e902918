package se.finsam.io.xlsx;

/**
 * A whole file is refused (not a spreadsheet, damaged, password-protected, hostile) or cannot be written. The
 * message is one line for the user, in her language, naming the file's problem; nothing has been stored.
 */
public class SpreadsheetException extends Exception {

	private static final long serialVersionUID = 1L;

	public SpreadsheetException(String message) {
		super(message);
	}

	public SpreadsheetException(String message, Throwable cause) {
		super(message, cause);
	}
}
