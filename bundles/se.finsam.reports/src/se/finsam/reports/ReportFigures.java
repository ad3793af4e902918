package se.finsam.reports;

import java.util.Optional;

import se.finsam.model.Project;
import se.finsam.reports.internal.evaluation.EvaluationTables;
import se.finsam.stats.ProjectStatistics;
import se.finsam.stats.StatTable;

/**
 * The tables a template part may show, by statistic id: the statistics' own ({@link StatTable} ids) and the
 * project's socio-economic evaluation ({@code evaluation.summary}, {@code evaluation.actors},
 * {@code evaluation.perParticipant}, {@code evaluation.years}, {@code evaluation.sensitivity},
 * {@code evaluation.avoidedCost}, {@code evaluation.assumptions}: its latest evaluation, computed by
 * {@code se.finsam.calc}).
 */
public final class ReportFigures {

	private ReportFigures() {
	}

	public static Optional<StatTable> table(ProjectStatistics stats, Project project, String id) {
		Optional<StatTable> table = stats.table(id);
		return table.isPresent() || id == null || !id.startsWith(EvaluationTables.PREFIX) ? table
				: EvaluationTables.table(project, id);
	}
}
