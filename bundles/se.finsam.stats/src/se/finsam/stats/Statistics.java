package se.finsam.stats;

import java.time.LocalDate;

import se.finsam.model.Project;
import se.finsam.model.codes.CodeLists;
import se.finsam.stats.internal.CostFigures;
import se.finsam.stats.internal.Disclosures;
import se.finsam.stats.internal.ParticipantFigures;

/**
 * Computes {@link ProjectStatistics} from a project whose content is loaded ({@code Store.loadContent}). Pure
 * functions of the project, the period and the code lists: the workbench, reports and {@code ./finsam stats} all
 * get the same figures.
 */
public final class Statistics {

	private Statistics() {
	}

	/** With the installed code lists; "today" ends an open period. */
	public static ProjectStatistics compute(Project project, StatsQuery query) {
		return compute(project, query, CodeLists.defaults(), LocalDate.now());
	}

	public static ProjectStatistics compute(Project project, StatsQuery query, CodeLists codes, LocalDate today) {
		if (!project.isContentLoaded() && project.getParticipants().isEmpty() && project.getBudget() == null) {
			throw new IllegalArgumentException("The content of project " + project.getDiarienummer() + " is not loaded");
		}
		LocalDate from = query.from() != null ? query.from()
				: project.getGrantedPeriod() != null ? project.getGrantedPeriod().getStart() : null;
		LocalDate to = query.to() != null ? query.to() : today;
		ParticipantFigures people = new ParticipantFigures(project.getParticipants(), from, to, codes);
		CostFigures money = new CostFigures(project.getBudget(), from, to, codes);
		ProjectStatistics raw = new ProjectStatistics(project.getDiarienummer(), project.getName(), from, to, query,
				people.participants(), people.outcomes(), people.averageEnrolmentMonths(), people.dropout(project),
				people.transition(CodeLists.SUPPORT), people.transition(CodeLists.OCCUPATION),
				money.yearly(people::enrolledIn, people.participants().total()), money.followUp(),
				project.getGoals().stream().map(g -> new ProjectStatistics.Goal(g.getDescription(), g.getOutcome(),
						g.getTarget(), g.getResult(), g.getUnit())).toList(),
				people.outcomesByGender(), people.employerSectors(), Disclosure.none());
		return raw.withDisclosure(query.suppressSmallCounts() ? Disclosures.of(raw) : Disclosure.none());
	}
}
