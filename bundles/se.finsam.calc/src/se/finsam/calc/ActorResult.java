package se.finsam.calc;

import java.math.BigDecimal;
import java.util.List;

/**
 * One actor's (or a total's) result, in kronor, unrounded.
 *
 * @param actor null for the state and society totals
 * @param key the actor's key, or {@link Actor#STATE} / {@link Actor#SOCIETY}
 * @param yearlyRevenue the first year's revenue (after corrections)
 * @param cost its share of the project cost, raised by the indirect tax
 * @param profitabilityAfterYears revenue over the evaluation's years minus the cost (revenue recurs, cost is one-off)
 * @param paybackMonths months until the revenue has paid the cost; null ("none") when it never does
 * @param presentValue the revenue over the years discounted at the evaluation's rate
 * @param potential the yearly revenue if every participant worked full time at an average wage without support or
 *        extra resources; null when the evaluation has no type cases
 * @param revenueByYear the revenue of each of the evaluation's years (after corrections and drop-off)
 */
public record ActorResult(Actor actor, String key, BigDecimal yearlyRevenue, BigDecimal cost,
		BigDecimal profitabilityFirstYear, BigDecimal profitabilityAfterYears, BigDecimal paybackMonths,
		BigDecimal presentValue, BigDecimal potential, List<BigDecimal> revenueByYear) {

	/** The actor's or total's name in the user's language. */
	public String label() {
		return Actor.label(key);
	}
}
