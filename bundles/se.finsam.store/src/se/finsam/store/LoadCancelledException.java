package se.finsam.store;

/** A load stopped by its {@link LoadProgress}: nothing was added to the object being loaded. */
public class LoadCancelledException extends StoreException {

	private static final long serialVersionUID = 1L;

	public LoadCancelledException(String message) {
		super(message);
	}
}
