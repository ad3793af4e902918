package se.finsam.calc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The inputs of one socio-economic evaluation (the file format is in docs/calc-format.md). Amounts in kronor,
 * shares as fractions (0.25), exact. Either {@link #yearlyRevenue} is given (per actor, or {@code society} only), or
 * the type cases {@link #before} and {@link #after} from which it is computed.
 */
public record Evaluation(String name, int year, int participants, BigDecimal projectCost, Map<Actor, BigDecimal> costShares,
		BigDecimal indirectTax, int years, BigDecimal discountRate, Map<String, BigDecimal> yearlyRevenue, State before,
		List<OutcomeGroup> after, Corrections corrections, List<Individual> avoidedCost, int avoidedYears,
		List<Sensitivity> sensitivity, Map<String, Map<String, BigDecimal>> scenarios) {

	/** One kind of support (a support code of the code lists) for a share of the group, per month. */
	public record Support(String code, BigDecimal share, BigDecimal monthly) {
	}

	/**
	 * The BEFORE type case: supports, work, and resources used per participant and year by each actor (care, case
	 * handling, social services).
	 */
	public record State(List<Support> supports, BigDecimal workExtent, BigDecimal wageSubsidy,
			Map<Actor, BigDecimal> resources) {
	}

	/**
	 * An AFTER outcome group: its share of the participants, their supports and work, the change in resource use
	 * (-0.2 = a fifth less), and its SROI corrections.
	 */
	public record OutcomeGroup(String name, BigDecimal share, List<Support> supports, BigDecimal workExtent,
			BigDecimal wageSubsidy, BigDecimal resourceChange, Corrections corrections) {
	}

	/** SROI corrections: what would have happened anyway, others' part, displaced effects, yearly fading. */
	public record Corrections(BigDecimal deadweight, BigDecimal attribution, BigDecimal displacement,
			BigDecimal dropOff) {

		public static final Corrections NONE = new Corrections(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
				BigDecimal.ZERO);
	}

	/** RAR's avoided cost: one person's public costs per payer in each of the years before. */
	public record Individual(String name, Map<Actor, List<BigDecimal>> costs) {
	}

	/** An assumption varied over values for the sensitivity table. */
	public record Sensitivity(String assumption, List<BigDecimal> values) {
	}
}
