package se.finsam.reports.internal.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import se.finsam.calc.Actor;
import se.finsam.calc.ActorResult;
import se.finsam.calc.Assumption;
import se.finsam.calc.Evaluation;
import se.finsam.calc.EvaluationResult;
import se.finsam.core.Formats;
import se.finsam.stats.StatTable;
import se.finsam.stats.StatTable.Cell;
import se.finsam.stats.StatTable.Kind;

/**
 * The evaluation's other tables (seed 001 and RAR's method in seed 000): results per participant, cost against
 * revenue year by year, the sensitivity table with low/base/high, and the avoided cost per person and payer.
 */
final class EvaluationDetails {

	private EvaluationDetails() {
	}

	/** Each actor's yearly revenue and share of the cost per participant. */
	static StatTable perParticipant(EvaluationResult r) {
		List<List<Cell>> rows = new ArrayList<>();
		BigDecimal n = BigDecimal.valueOf(Math.max(1, r.participants()));
		for (ActorResult a : all(r)) {
			rows.add(List.of(Cell.text(a.label()), amount(a.yearlyRevenue().divide(n, MathContext.DECIMAL64)),
					amount(a.cost().divide(n, MathContext.DECIMAL64)),
					amount(a.profitabilityAfterYears().divide(n, MathContext.DECIMAL64))));
		}
		return new StatTable("evaluation.perParticipant", NLS.bind(Messages.PerParticipant_title, r.participants()),
				List.of(Messages.Column_actor, Messages.Column_revenue, Messages.Column_cost,
						NLS.bind(Messages.Column_profitN, r.years())),
				rows, true, null);
	}

	/** The society's cost against its revenue, year by year, and what is left after each (the payback). */
	static StatTable years(EvaluationResult r) {
		List<List<Cell>> rows = new ArrayList<>();
		BigDecimal cumulated = BigDecimal.ZERO;
		List<BigDecimal> revenue = r.society().revenueByYear();
		for (int year = 0; year < revenue.size(); year++) {
			cumulated = cumulated.add(revenue.get(year));
			rows.add(List.of(Cell.text(NLS.bind(Messages.Years_year, year + 1)), amount(revenue.get(year)),
					amount(cumulated), amount(cumulated.subtract(r.cost()))));
		}
		return new StatTable("evaluation.years", NLS.bind(Messages.Years_title, Formats.wholeKronor(rounded(r.cost()))),
				List.of(Messages.Years_column, Messages.Column_revenue, Messages.Years_cumulated, Messages.Years_net),
				rows, false, Messages.Years_note);
	}

	/** Payback and profitability when one assumption varies, then low, base and high. */
	static StatTable sensitivity(EvaluationResult r) {
		List<List<Cell>> rows = new ArrayList<>();
		for (EvaluationResult.SensitivityRow s : r.sensitivity()) {
			rows.add(List.of(Cell.text(Assumption.label(s.assumption())),
					Cell.text(Assumption.value(s.assumption(), s.value())), months(s.paybackMonths()),
					amount(s.profitabilityAfterYears())));
		}
		for (Map.Entry<String, ActorResult> s : r.scenarios().entrySet()) {
			rows.add(List.of(Cell.text(Assumption.scenario(s.getKey())), Cell.text(""),
					months(s.getValue().paybackMonths()), amount(s.getValue().profitabilityAfterYears())));
		}
		if (rows.isEmpty()) {
			rows.add(List.of(Cell.text(Messages.Sensitivity_none), Cell.text(""), Cell.text(""), Cell.text("")));
		}
		return new StatTable("evaluation.sensitivity",
				r.scenarios().isEmpty() ? Messages.Sensitivity_titleAlone : Messages.Sensitivity_title,
				List.of(Messages.Sensitivity_assumption, Messages.Column_value, Messages.Column_payback,
						NLS.bind(Messages.Column_profitN, r.years())),
				rows, false, null);
	}

	/**
	 * RAR's avoided cost: each person's public costs per payer in the years before, their yearly average, and that
	 * average counted over the years after. People are numbered, never named: a report leaves the förbund.
	 */
	static StatTable avoidedCost(Evaluation input, EvaluationResult r) {
		List<List<Cell>> rows = new ArrayList<>();
		int person = 0;
		for (Evaluation.Individual p : input.avoidedCost()) {
			person++;
			for (Map.Entry<Actor, List<BigDecimal>> c : p.costs().entrySet()) {
				BigDecimal sum = c.getValue().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
				BigDecimal average = sum.divide(BigDecimal.valueOf(c.getValue().size()), MathContext.DECIMAL64);
				rows.add(List.of(Cell.text(NLS.bind(Messages.Avoided_person, person)), Cell.text(c.getKey().label()),
						amount(sum), amount(average), amount(average.multiply(BigDecimal.valueOf(r.avoidedYears())))));
			}
		}
		if (rows.isEmpty()) {
			rows.add(List.of(Cell.text(Messages.Avoided_none), Cell.text(""), Cell.text(""), Cell.text(""), Cell.text("")));
			return new StatTable("evaluation.avoidedCost", Messages.Avoided_title, columns(r), rows, false, null);
		}
		for (Map.Entry<Actor, BigDecimal> payer : r.avoidedCost().entrySet()) {
			rows.add(List.of(Cell.text(Messages.Avoided_payerTotal), Cell.text(payer.getKey().label()), Cell.text(""),
					Cell.text(""), amount(payer.getValue())));
		}
		rows.add(List.of(Cell.text(Messages.Avoided_total), Cell.text(""), Cell.text(""), Cell.text(""),
				amount(r.avoidedCostTotal())));
		return new StatTable("evaluation.avoidedCost", Messages.Avoided_title, columns(r), rows, true,
				NLS.bind(Messages.Avoided_note, r.avoidedYears()));
	}

	private static List<String> columns(EvaluationResult r) {
		return List.of(Messages.Avoided_who, Messages.Avoided_payer, Messages.Avoided_before, Messages.Avoided_average,
				NLS.bind(Messages.Avoided_after, r.avoidedYears()));
	}

	private static List<ActorResult> all(EvaluationResult r) {
		List<ActorResult> all = new ArrayList<>(r.actors());
		if (r.state() != null) {
			all.add(r.state());
		}
		all.add(r.society());
		return all;
	}

	private static BigDecimal rounded(BigDecimal v) {
		return v.setScale(0, RoundingMode.HALF_UP);
	}

	private static Cell amount(BigDecimal v) {
		BigDecimal whole = rounded(v);
		return new Cell(Formats.wholeKronor(whole), whole, Kind.AMOUNT, false);
	}

	static Cell months(BigDecimal months) {
		if (months == null) { // "ingen" in the column of numbers, aligned with them
			return new Cell(Messages.Payback_none, null, Kind.DECIMAL, false);
		}
		BigDecimal m = months.setScale(1, RoundingMode.HALF_UP);
		return new Cell(Formats.decimal(m), m, Kind.DECIMAL, false);
	}
}
