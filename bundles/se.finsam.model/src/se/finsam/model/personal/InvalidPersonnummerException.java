package se.finsam.model.personal;

/** A text that is not a valid personnummer; the message never contains the text itself. */
public class InvalidPersonnummerException extends Exception {

	private static final long serialVersionUID = 1L;
	private final Personnummer.Problem problem;

	public InvalidPersonnummerException(Personnummer.Problem problem) {
		super("invalid personnummer: " + problem);
		this.problem = problem;
	}

	public Personnummer.Problem problem() {
		return problem;
	}
}
