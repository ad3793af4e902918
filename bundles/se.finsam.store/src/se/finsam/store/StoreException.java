package se.finsam.store;

/**
 * A failure of the store with a message for the user (Swedish by default): what went wrong and where. Nothing
 * was stored when a save throws it.
 */
public class StoreException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public StoreException(String message) {
		super(message);
	}

	public StoreException(String message, Throwable cause) {
		super(message, cause);
	}
}
