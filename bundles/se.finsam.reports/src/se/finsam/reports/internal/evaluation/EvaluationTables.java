package se.finsam.reports.internal.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import se.finsam.calc.ActorResult;
import se.finsam.calc.CalcException;
import se.finsam.calc.Calculator;
import se.finsam.calc.EvaluationResult;
import se.finsam.calc.StandardValues;
import se.finsam.core.Formats;
import se.finsam.model.Evaluation;
import se.finsam.model.Project;
import se.finsam.stats.StatTable;
import se.finsam.stats.StatTable.Cell;
import se.finsam.stats.StatTable.Kind;

/**
 * The project's latest socio-economic evaluation as report tables: a summary (cost, revenue, payback,
 * profitability, potential used, present value), the results per actor, and the standard values with their sources.
 * Without an evaluation (or with inputs that do not compute) each table says so in one row.
 */
public final class EvaluationTables {

	public static final String PREFIX = "evaluation.";

	private EvaluationTables() {
	}

	/** The tables by id, each with the title it carries whether or not there is an evaluation to fill it. */
	private static final List<String> IDS = List.of("evaluation.summary", "evaluation.actors",
			"evaluation.perParticipant", "evaluation.years", "evaluation.sensitivity", "evaluation.avoidedCost",
			"evaluation.assumptions");

	public static Optional<StatTable> table(Project project, String id) {
		if (!IDS.contains(id)) {
			return Optional.empty();
		}
		List<Evaluation> all = project.getEvaluations();
		if (all.isEmpty()) {
			return Optional.of(message(id, Messages.Evaluation_none));
		}
		Evaluation latest = all.get(all.size() - 1);
		se.finsam.calc.Evaluation input;
		EvaluationResult r;
		try {
			input = Calculator.read(latest.getInputs());
			r = Calculator.compute(input, StandardValues.forDataLocation(se.finsam.core.DataLocation.path()));
		} catch (CalcException e) {
			return Optional.of(message(id, NLS.bind(Messages.Evaluation_invalid, latest.getName(), e.getMessage())));
		}
		return Optional.of(switch (id) {
		case "evaluation.summary" -> summary(r, latest.getName());
		case "evaluation.actors" -> actors(r);
		case "evaluation.perParticipant" -> EvaluationDetails.perParticipant(r);
		case "evaluation.years" -> EvaluationDetails.years(r);
		case "evaluation.sensitivity" -> EvaluationDetails.sensitivity(r);
		case "evaluation.avoidedCost" -> EvaluationDetails.avoidedCost(input, r);
		default -> assumptions(r);
		});
	}

	private static StatTable summary(EvaluationResult r, String name) {
		List<List<Cell>> rows = new ArrayList<>();
		ActorResult s = r.society();
		rows.add(List.of(Cell.text(Messages.Summary_participants), count(r.participants())));
		rows.add(List.of(Cell.text(Messages.Summary_cost), amount(r.cost())));
		rows.add(List.of(Cell.text(Messages.Summary_revenue), amount(s.yearlyRevenue())));
		if (r.participants() > 0) {
			rows.add(List.of(Cell.text(Messages.Summary_perParticipant),
					amount(s.yearlyRevenue().divide(BigDecimal.valueOf(r.participants()), java.math.MathContext.DECIMAL64))));
		}
		rows.add(List.of(Cell.text(Messages.Summary_payback), months(s.paybackMonths())));
		rows.add(List.of(Cell.text(Messages.Summary_profit1), amount(s.profitabilityFirstYear())));
		rows.add(List.of(Cell.text(NLS.bind(Messages.Summary_profitN, r.years())), amount(s.profitabilityAfterYears())));
		if (r.potentialUsed() != null) {
			rows.add(List.of(Cell.text(Messages.Summary_potential), amount(s.potential())));
			BigDecimal used = r.potentialUsed().movePointRight(2).setScale(1, RoundingMode.HALF_UP);
			rows.add(List.of(Cell.text(Messages.Summary_used), new Cell(Formats.percent(used), used, Kind.PERCENT, false)));
		}
		if (r.sroiRatio() != null) {
			rows.add(List.of(Cell.text(Messages.Summary_sroi), new Cell(Formats.decimal(r.sroiRatio()), r.sroiRatio(),
					Kind.DECIMAL, false)));
		}
		return new StatTable("evaluation.summary", NLS.bind(Messages.Summary_title, name),
				List.of(Messages.Column_what, Messages.Column_value), rows, false, Messages.Summary_note);
	}

	private static StatTable actors(EvaluationResult r) {
		List<List<Cell>> rows = new ArrayList<>();
		for (ActorResult a : r.actors()) {
			rows.add(row(a.label(), a));
		}
		if (r.state() != null) {
			rows.add(row(r.state().label(), r.state()));
		}
		rows.add(row(r.society().label(), r.society()));
		return new StatTable("evaluation.actors", Messages.Actors_title,
				List.of(Messages.Column_actor, Messages.Column_revenue, Messages.Column_cost, Messages.Column_profit1,
						NLS.bind(Messages.Column_profitN, r.years()), Messages.Column_payback),
				rows, true, null);
	}

	private static StatTable assumptions(EvaluationResult r) {
		List<List<Cell>> rows = new ArrayList<>();
		// The source is the long text: it takes the wide first column, with the key and year after it.
		r.assumptions().forEach(v -> rows.add(List.of(Cell.text(v.source() + " (" + v.key() + ", " + v.year() + ")"),
				Cell.text(v.value().stripTrailingZeros().toPlainString().replace('.', ',')))));
		return new StatTable("evaluation.assumptions", Messages.Assumptions_title,
				List.of(Messages.Column_source, Messages.Column_value), rows, false, null);
	}

	/** In thousands: six columns of whole kronor do not fit a page. */
	private static List<Cell> row(String label, ActorResult a) {
		return List.of(Cell.text(label), thousands(a.yearlyRevenue()), thousands(a.cost()),
				thousands(a.profitabilityFirstYear()), thousands(a.profitabilityAfterYears()), months(a.paybackMonths()));
	}

	private static Cell thousands(BigDecimal v) {
		BigDecimal k = v.movePointLeft(3).setScale(0, RoundingMode.HALF_UP);
		return new Cell(Formats.number(k) + "\u00a0" + Messages.Unit_thousands, k, Kind.AMOUNT, false);
	}

	/** A table that says why it is empty, under the title of what it would hold. */
	private static StatTable message(String id, String text) {
		String title = switch (id) {
		case "evaluation.summary" -> Messages.Summary_plain;
		case "evaluation.perParticipant" -> Messages.PerParticipant_plain;
		case "evaluation.years" -> Messages.Years_plain;
		case "evaluation.sensitivity" -> Messages.Sensitivity_title;
		case "evaluation.avoidedCost" -> Messages.Avoided_title;
		case "evaluation.assumptions" -> Messages.Assumptions_title;
		default -> Messages.Actors_title;
		};
		return new StatTable(id, title, List.of(Messages.Column_what), List.of(List.of(Cell.text(text))), false, null);
	}

	private static Cell amount(BigDecimal v) {
		BigDecimal whole = v.setScale(0, RoundingMode.HALF_UP);
		return new Cell(Formats.wholeKronor(whole), whole, Kind.AMOUNT, false);
	}

	private static Cell count(int n) {
		return new Cell(Formats.count(n), BigDecimal.valueOf(n), Kind.COUNT, false);
	}

	private static Cell months(BigDecimal months) {
		return EvaluationDetails.months(months);
	}

}
