package se.finsam.reports;

/** A report could not be made; the message says why, in the user's language. */
public class ReportException extends Exception {

	private static final long serialVersionUID = 1L;

	public ReportException(String message, Throwable cause) {
		super(message, cause);
	}
}
