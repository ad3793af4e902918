package se.finsam.calc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What an evaluation shows: per actor, the state and society totals, potential used, discounting (NPV, SROI ratio),
 * avoided cost, the sensitivity table, low/base/high, and every standard value used with its source.
 *
 * @param cost the project cost raised by the indirect tax
 * @param actors per actor (empty when only the society's revenue was given)
 * @param potentialUsed the society's revenue as a share of its potential; null without type cases
 * @param sroiRatio present value of the revenue per krona of cost; null when the cost is 0
 * @param avoidedCost RAR's avoided cost per payer over the evaluation's avoided-cost years; empty when not asked
 * @param scenarios the society's result under the "low" and "high" assumptions, and "base"
 */
public record EvaluationResult(String name, int years, int participants, BigDecimal projectCost, BigDecimal cost, List<ActorResult> actors,
		ActorResult state, ActorResult society, BigDecimal potentialUsed, BigDecimal netPresentValue,
		BigDecimal sroiRatio, Map<Actor, BigDecimal> avoidedCost, BigDecimal avoidedCostTotal, int avoidedYears,
		List<SensitivityRow> sensitivity, Map<String, ActorResult> scenarios, List<StandardValues.Value> assumptions) {

	/** This result with the standard values it used listed as given. */
	public EvaluationResult withAssumptions(List<StandardValues.Value> used) {
		return new EvaluationResult(name, years, participants, projectCost, cost, actors, state, society, potentialUsed,
				netPresentValue, sroiRatio, avoidedCost, avoidedCostTotal, avoidedYears, sensitivity, scenarios, used);
	}

	/** One cell row of the sensitivity table: an assumption at one value, and what becomes of the result. */
	public record SensitivityRow(String assumption, BigDecimal value, BigDecimal paybackMonths,
			BigDecimal profitabilityAfterYears) {
	}
}
