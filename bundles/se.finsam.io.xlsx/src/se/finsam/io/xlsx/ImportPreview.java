package se.finsam.io.xlsx;

import java.util.List;
import java.util.Map;

/**
 * What an import would do, found before anything is stored: how each sheet's columns were understood, the first
 * rows, every problem with its cell, and the counts. Hand it to {@link DisImport#store} to carry it out.
 */
public interface ImportPreview {

	/** How a row would be stored. */
	enum RowStatus {
		NEW, UPDATE, UNCHANGED, INVALID
	}

	/**
	 * One sheet as understood.
	 *
	 * @param name the sheet's name
	 * @param headerRow the row (1-based) taken as headings; 0 when the sheet had none we recognised (then skipped)
	 * @param headings the headings by column index ("" where empty)
	 * @param columns each heading's column (by column index; null: not one of ours, see {@code extras})
	 * @param extras for a heading that is not one of ours, what becomes of it: {@link ImportOptions#EXTRA_PERSONAL},
	 *        {@link ImportOptions#EXTRA_PLAIN}, {@link ImportOptions#IGNORE}, or null while nobody decided (and for
	 *        our own columns)
	 */
	record Sheet(String name, int headerRow, List<String> headings, List<DisColumn> columns, List<String> extras) {
	}

	/**
	 * A row to show: where it is, its cells under {@link ImportPreview#sampleColumns()} as the import understood them
	 * (dates as dates, codes by label, personnummer masked; a cell it could not read as written), and its status.
	 */
	record SampleRow(String sheet, int row, List<String> cells, RowStatus status) {
	}

	List<Sheet> sheets();

	/** Up to a hundred rows, those with problems first, then new, changed and unchanged ones. */
	List<SampleRow> sample();

	/** The fields the sample's cells are, in the DIS form's order. */
	List<DisColumn> sampleColumns();

	/** Every problem, in sheet and row order. */
	List<CellProblem> problems();

	/** Data rows read (headings and blank rows not counted). */
	int rowsRead();

	/** Rows by what would happen to them. */
	Map<RowStatus, Integer> counts();

	/** Diarienummer of projects the import would create. */
	List<String> projectsToCreate();

	ImportOptions options();

	/**
	 * Headings nothing maps and the förbund keeps no extra attribute of. Free columns are often personal data, so
	 * nothing is stored until each is mapped to one of ours, kept as an extra attribute marked personal or not, or
	 * left out ({@link ImportOptions#mapping()}).
	 */
	List<String> unknownColumns();

	/**
	 * Whether {@link DisImport#store} would store anything: no problems, or valid rows only was chosen; and no
	 * column left undecided.
	 */
	default boolean storable() {
		int changes = counts().getOrDefault(RowStatus.NEW, 0) + counts().getOrDefault(RowStatus.UPDATE, 0)
				+ projectsToCreate().size();
		return changes > 0 && unknownColumns().isEmpty() && (problems().isEmpty() || options().validRowsOnly());
	}
}
