package se.finsam.io.xlsx.internal.dis;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EStructuralFeature;

import se.finsam.io.xlsx.CellProblem;
import se.finsam.io.xlsx.DisColumn;
import se.finsam.io.xlsx.ImportPreview.RowStatus;
import se.finsam.model.FinsamPackage.Literals;
import se.finsam.model.codes.CodeLists;
import se.finsam.model.validation.ModelValidation;
import se.finsam.model.validation.ParticipantRules;
import se.finsam.model.validation.Problem;

/**
 * The model's own rules (the ones the editors and the store apply) over each participant a row would store, so an
 * import can never store what a save would refuse. Each finding points at the cell of the field it is about.
 */
final class RowValidation {

	private static final Map<EStructuralFeature, DisColumn> COLUMNS = new HashMap<>();

	static {
		COLUMNS.put(Literals.PARTICIPANT__CODE, DisColumn.CODE);
		COLUMNS.put(Literals.PARTICIPANT__PERSONAL_IDENTITY_NUMBER, DisColumn.PERSONNUMMER);
		COLUMNS.put(Literals.PARTICIPANT__GENDER, DisColumn.GENDER);
		COLUMNS.put(Literals.PARTICIPANT__BIRTH_YEAR, DisColumn.BIRTH_YEAR);
		COLUMNS.put(Literals.PARTICIPANT__CONSENT, DisColumn.CONSENT);
		COLUMNS.put(Literals.PARTICIPANT__ENROLMENT_DATE, DisColumn.ENROLMENT_DATE);
		COLUMNS.put(Literals.PARTICIPANT__ENROLMENT_YEAR, DisColumn.ENROLMENT_YEAR);
		COLUMNS.put(Literals.PARTICIPANT__EXIT_DATE, DisColumn.EXIT_DATE);
		COLUMNS.put(Literals.PARTICIPANT__REFERRING_PARTY, DisColumn.REFERRING_PARTY);
		COLUMNS.put(Literals.PARTICIPANT__SUPPORT_AT_START, DisColumn.SUPPORT_AT_START);
		COLUMNS.put(Literals.PARTICIPANT__SUPPORT_AT_EXIT, DisColumn.SUPPORT_AT_EXIT);
		COLUMNS.put(Literals.PARTICIPANT__OCCUPATION_AT_START, DisColumn.OCCUPATION_AT_START);
		COLUMNS.put(Literals.PARTICIPANT__OCCUPATION_AT_EXIT, DisColumn.OCCUPATION_AT_EXIT);
		COLUMNS.put(Literals.PARTICIPANT__SUPPORT_EXTENT_AT_START, DisColumn.EXTENT);
		COLUMNS.put(Literals.PARTICIPANT__SUPPORT_EXTENT_AT_EXIT, DisColumn.EXTENT_AT_EXIT);
		COLUMNS.put(Literals.PARTICIPANT__EXIT_REASON, DisColumn.EXIT_REASON);
	}

	private RowValidation() {
	}

	/** Validates in parallel (the rules are stateless); marks rows with errors invalid and adds their problems. */
	static void validate(List<Planned> planned, CodeLists codes, LocalDate today, List<CellProblem> problems) {
		List<List<CellProblem>> found = planned.parallelStream().map(p -> {
			if (p.candidate == null || p.status == RowStatus.UNCHANGED) {
				return List.<CellProblem> of();
			}
			Map<Object, Object> context = new HashMap<>();
			context.put(ParticipantRules.TODAY, today);
			context.put(ParticipantRules.CODE_LISTS, codes);
			return ModelValidation.validate(p.candidate, context).stream().filter(Problem::error)
					.map(problem -> cellProblem(p, problem)).toList();
		}).toList();
		for (int i = 0; i < planned.size(); i++) {
			if (!found.get(i).isEmpty()) {
				planned.get(i).status = RowStatus.INVALID;
				problems.addAll(found.get(i));
			}
		}
	}

	private static CellProblem cellProblem(Planned p, Problem problem) {
		DisColumn column = problem.feature() == null ? null : COLUMNS.get(problem.feature());
		Layout layout = p.row.layout();
		if (column == DisColumn.BIRTH_YEAR && !layout.has(DisColumn.BIRTH_YEAR) && layout.has(DisColumn.AGE)) {
			column = DisColumn.AGE;
		}
		return new CellProblem(layout.sheet, layout.cell(column, p.row.row()), "", problem.message(), p.row.row());
	}

	static Map<RowStatus, Integer> counts(List<Planned> planned) {
		Map<RowStatus, Integer> counts = new EnumMap<>(RowStatus.class);
		for (RowStatus s : RowStatus.values()) {
			counts.put(s, 0);
		}
		planned.forEach(p -> counts.merge(p.status, 1, Integer::sum));
		return counts;
	}
}
