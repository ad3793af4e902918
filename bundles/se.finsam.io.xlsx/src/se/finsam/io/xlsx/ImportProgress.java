package se.finsam.io.xlsx;

/** Progress of an import, and the user's wish to stop it. */
public interface ImportProgress {

	ImportProgress NONE = new ImportProgress() {
	};

	/** Rows read so far. */
	default void rowsRead(int rows) {
	}

	/** What is being done now, for the progress dialog. */
	default void phase(String text) {
	}

	default boolean cancelled() {
		return false;
	}
}
