package se.finsam.store.internal;

/** What a {@link se.finsam.store.ParticipantFeed} threw, carried through the save and thrown as it was. */
final class FeedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	FeedException(RuntimeException cause) {
		super(cause);
	}

	RuntimeException cause() {
		return (RuntimeException) getCause();
	}
}
