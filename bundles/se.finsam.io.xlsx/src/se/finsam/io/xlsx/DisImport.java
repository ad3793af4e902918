package se.finsam.io.xlsx;

import java.nio.file.Path;

import se.finsam.io.xlsx.internal.dis.DisImporter;
import se.finsam.store.Store;

/**
 * Imports a DIS participant workbook (XLSX or legacy XLS) in two steps, the same for the wizard and
 * {@code ./finsam import}:
 * <ol>
 * <li>{@link #analyse} reads the file as a stream, finds each sheet's columns by their headings, converts and
 * checks every cell and applies the model's rules to every participant a row would store. Nothing is stored; the
 * preview lists every problem with its cell ({@code Deltagare!F17}).</li>
 * <li>{@link #store} stores it in one transaction: everything, or nothing when there are problems (unless valid rows
 * only was chosen). Rows update the participant with the same code (or personnummer) instead of adding her twice.</li>
 * </ol>
 */
public final class DisImport {

	private DisImport() {
	}

	/**
	 * Reads and checks a workbook against an association's projects.
	 *
	 * @throws SpreadsheetException when the file as a whole is refused (not a workbook, damaged, password-protected,
	 *         hostile, or no sheet has DIS headings)
	 * @throws java.util.concurrent.CancellationException when the progress asked to stop
	 */
	public static ImportPreview analyse(Path file, Store store, String associationId, ImportOptions options,
			ImportProgress progress) throws SpreadsheetException {
		return DisImporter.analyse(file, store, associationId, options, progress);
	}

	/** Stores what the preview found, in one transaction; {@link ImportResult#stored()} false when nothing was. */
	public static ImportResult store(ImportPreview preview, Store store) {
		return DisImporter.store(preview, store);
	}

	/**
	 * Both steps in one pass, for an import nobody looks at before it is stored ({@code ./finsam import}): rows are
	 * stored as they are read, in one transaction, the file parsed on one core while the store writes on the other.
	 * The outcome is that of {@link #analyse} then {@link #store}: the same preview, everything or nothing stored
	 * (the transaction is rolled back when the preview would not have been stored). Workbooks whose rows go to
	 * several projects, or to projects to create, are read whole first and then stored as by the two steps.
	 *
	 * @throws SpreadsheetException as {@link #analyse}; nothing is stored then
	 */
	public static Outcome importNow(Path file, Store store, String associationId, ImportOptions options,
			ImportProgress progress) throws SpreadsheetException {
		return DisImporter.importNow(file, store, associationId, options, progress);
	}

	/**
	 * What {@link #importNow} found and did.
	 *
	 * @param streamed whether rows were stored as they were read (false: the workbook was read whole first)
	 */
	public record Outcome(ImportPreview preview, ImportResult result, boolean streamed) {
	}
}
