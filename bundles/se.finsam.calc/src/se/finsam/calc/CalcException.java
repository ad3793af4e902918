package se.finsam.calc;

/** Bad input for a calculation: the message names the field (such as {@code after[1].share}) in the user's language. */
public class CalcException extends Exception {

	private static final long serialVersionUID = 1L;

	public CalcException(String message) {
		super(message);
	}
}
