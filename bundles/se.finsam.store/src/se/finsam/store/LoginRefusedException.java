package se.finsam.store;

/** The team server did not accept the user's name and password (or needs a password that was not given). */
public class LoginRefusedException extends StoreException {

	private static final long serialVersionUID = 1L;

	public LoginRefusedException(String message, Throwable cause) {
		super(message, cause);
	}
}
