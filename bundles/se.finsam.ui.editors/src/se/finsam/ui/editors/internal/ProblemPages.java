package se.finsam.ui.editors.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import se.finsam.model.Budget;
import se.finsam.model.BudgetAmount;
import se.finsam.model.BudgetLine;
import se.finsam.model.Dropout;
import se.finsam.model.Evaluation;
import se.finsam.model.FinsamPackage.Literals;
import se.finsam.model.FlatRate;
import se.finsam.model.Goal;
import se.finsam.model.Participant;
import se.finsam.model.ReportInstance;
import se.finsam.model.Signature;
import se.finsam.model.validation.Problem;
import se.finsam.ui.ProjectEditorInput;
import se.finsam.ui.editors.internal.evaluation.EvaluationPage;

/** Which page of the project editor shows a problem: the tab of that page counts it. */
public final class ProblemPages {

	private ProblemPages() {
	}

	/** The errors per page id. */
	static Map<String, Integer> errors(List<Problem> problems) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Problem p : problems) {
			if (p.error()) {
				counts.merge(pageOf(p), 1, Integer::sum);
			}
		}
		return counts;
	}

	/** Whether the budget page shows the problem. */
	public static boolean isBudget(Problem p) {
		return ProjectEditorInput.BUDGET.equals(pageOf(p));
	}

	static String pageOf(Problem p) {
		for (EObject o = p.object(); o != null; o = o.eContainer()) {
			if (o instanceof Participant) {
				return ProjectEditorInput.PARTICIPANTS;
			} else if (o instanceof BudgetAmount || o instanceof BudgetLine || o instanceof FlatRate || o instanceof Budget) {
				return ProjectEditorInput.BUDGET;
			} else if (o instanceof Goal) {
				return GoalsPage.ID;
			} else if (o instanceof ReportInstance) {
				return ProjectEditorInput.REPORTS;
			} else if (o instanceof Evaluation) {
				return EvaluationPage.ID;
			} else if (o instanceof Dropout || o instanceof Signature) {
				return AnalysisPage.ID;
			}
		}
		var f = p.feature();
		if (f == Literals.PROJECT__TARGET_GROUP || f == Literals.PROJECT__RESOURCES || f == Literals.PROJECT__METHODS
				|| f == Literals.PROJECT__ACTIVITIES) {
			return ContentPage.ID;
		}
		if (f == Literals.PROJECT__SUCCESS_FACTORS || f == Literals.PROJECT__SYSTEM_FAULTS
				|| f == Literals.PROJECT__STEERING_GROUP_ANALYSIS) {
			return AnalysisPage.ID;
		}
		if (f == Literals.PROJECT__GOALS) {
			return GoalsPage.ID;
		}
		if (f == Literals.PROJECT__PARTICIPANTS) {
			return ProjectEditorInput.PARTICIPANTS;
		}
		return ProjectEditorInput.OVERVIEW;
	}
}
