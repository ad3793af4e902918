package se.finsam.store;

/** The key does not open this database. */
public class WrongKeyException extends StoreException {

	private static final long serialVersionUID = 1L;

	public WrongKeyException(String message, Throwable cause) {
		super(message, cause);
	}
}
