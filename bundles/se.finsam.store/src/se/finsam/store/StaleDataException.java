package se.finsam.store;

/** Someone else saved the object after it was loaded: nothing was overwritten; reload and redo the change. */
public class StaleDataException extends StoreException {

	private static final long serialVersionUID = 1L;

	public StaleDataException(String message) {
		super(message);
	}
}
