package se.finsam.store;

/**
 * The user's role on the team server does not allow what was asked (a reader asking for participants, a
 * coordinator writing another's project): the server, not the client, refused it, and nothing changed.
 */
public class RoleRefusedException extends StoreException {

	private static final long serialVersionUID = 1L;

	public RoleRefusedException(String message, Throwable cause) {
		super(message, cause);
	}
}
