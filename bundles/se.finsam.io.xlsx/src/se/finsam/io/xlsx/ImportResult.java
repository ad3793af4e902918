package se.finsam.io.xlsx;

import java.util.List;

/**
 * What an import did.
 *
 * @param stored false when nothing was stored (problems, or nothing to change)
 */
public record ImportResult(int rowsRead, int created, int updated, int unchanged, int skipped,
		List<String> projectsCreated, List<CellProblem> problems, boolean stored) {
}
