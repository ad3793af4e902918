package se.finsam.store;

import java.util.List;

import se.finsam.model.validation.Problem;

/** The object has validation errors; nothing was stored. The message lists the first ones. */
public class InvalidDataException extends StoreException {

	private static final long serialVersionUID = 1L;
	private final transient List<Problem> problems;

	public InvalidDataException(String message, List<Problem> problems) {
		super(message);
		this.problems = List.copyOf(problems);
	}

	/** Every error found. */
	public List<Problem> problems() {
		return problems;
	}
}
