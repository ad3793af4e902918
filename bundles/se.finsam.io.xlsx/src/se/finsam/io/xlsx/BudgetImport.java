package se.finsam.io.xlsx;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;

import se.finsam.io.xlsx.internal.dis.BudgetReader;
import se.finsam.model.Budget;
import se.finsam.model.BudgetLine;
import se.finsam.model.FinsamFactory;
import se.finsam.model.Project;
import se.finsam.model.validation.ModelValidation;
import se.finsam.model.validation.Problem;
import se.finsam.store.Store;

/**
 * Imports a project's budget from a sheet like {@link XlsxExport#budget}'s: the sheet replaces the budget's lines
 * (a line keeps its identity when category and label match). Any problem, and nothing changes.
 */
public final class BudgetImport {

	/** What happened: problems (then nothing was stored) and the lines the budget now has. */
	public record Result(List<CellProblem> problems, List<String> modelProblems, int lines, boolean stored) {
	}

	private BudgetImport() {
	}

	/**
	 * @param project a project with its content loaded
	 * @param store where to save it; null to only check the file (a dry run)
	 */
	public static Result read(Path file, Project project, Store store) throws SpreadsheetException {
		BudgetReader reader = BudgetReader.read(file);
		List<BudgetLine> lines = reader.lines();
		if (!reader.problems.isEmpty()) {
			return new Result(reader.problems, List.of(), lines.size(), false);
		}
		Budget candidate = FinsamFactory.eINSTANCE.createBudget();
		Map<String, BudgetLine> existing = new HashMap<>();
		if (project.getBudget() != null) {
			project.getBudget().getLines().forEach(l -> existing.put(l.getCategory() + "\u0000" + l.getLabel(), l));
			project.getBudget().getFlatRates().forEach(f -> candidate.getFlatRates().add(EcoreUtil.copy(f)));
		}
		for (BudgetLine line : lines) {
			BudgetLine old = existing.get(line.getCategory() + "\u0000" + line.getLabel());
			if (old != null) {
				line.setId(old.getId());
			}
			candidate.getLines().add(line);
		}
		List<String> modelProblems = ModelValidation.validate(candidate).stream().filter(Problem::error)
				.map(Problem::message).toList();
		if (!modelProblems.isEmpty() || store == null) {
			return new Result(List.of(), modelProblems, lines.size(), false);
		}
		Budget before = project.getBudget();
		project.setBudget(candidate);
		try {
			store.saveProject(project);
		} catch (RuntimeException e) {
			project.setBudget(before);
			throw e;
		}
		return new Result(List.of(), List.of(), lines.size(), true);
	}
}
