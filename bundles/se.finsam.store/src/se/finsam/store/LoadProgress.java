package se.finsam.store;

/**
 * Follows a long load page by page and may stop it, so a Job can show "3 000 of 10 000 participants" and be
 * cancelled. Implementations are called on the loading thread.
 */
public interface LoadProgress {

	/** No reports, never stops; pages of 1 000 rows. A load given this one does not count its rows first. */
	LoadProgress NONE = new LoadProgress() {
		@Override
		public int pageRows() {
			return 1000;
		}

		@Override
		public boolean loaded(int rows, int total) {
			return true;
		}
	};

	/** How many rows are read between two reports (the user's "rows per page" preference in the workbench). */
	int pageRows();

	/**
	 * Called after each page and once at the end, with the rows read and the rows there are.
	 *
	 * @return false to stop: the load then throws {@link LoadCancelledException} and leaves the object as it was
	 */
	boolean loaded(int rows, int total);
}
