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

	/** The longest horizon an evaluation may look ahead (years, and years of avoided cost). */
	public static final int MAX_YEARS = 100;

	/** A builder with this evaluation's values, to change some of them. */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * Builds an evaluation by name rather than by position (sixteen components); unset values are those of an
	 * evaluation file that leaves them out (five years, no discounting, no corrections).
	 */
	public static final class Builder {
		/** The years an evaluation looks ahead unless it says otherwise. */
		public static final int DEFAULT_YEARS = 5;

		private String name = "";
		private int year;
		private int participants;
		private BigDecimal projectCost = BigDecimal.ZERO;
		private Map<Actor, BigDecimal> costShares = Map.of();
		private BigDecimal indirectTax;
		private int years = DEFAULT_YEARS;
		private BigDecimal discountRate = BigDecimal.ZERO;
		private Map<String, BigDecimal> yearlyRevenue = Map.of();
		private State before;
		private List<OutcomeGroup> after = List.of();
		private Corrections corrections = Corrections.NONE;
		private List<Individual> avoidedCost = List.of();
		private int avoidedYears = 5;
		private List<Sensitivity> sensitivity = List.of();
		private Map<String, Map<String, BigDecimal>> scenarios = Map.of();

		public Builder() {
		}

		private Builder(Evaluation e) {
			name = e.name;
			year = e.year;
			participants = e.participants;
			projectCost = e.projectCost;
			costShares = e.costShares;
			indirectTax = e.indirectTax;
			years = e.years;
			discountRate = e.discountRate;
			yearlyRevenue = e.yearlyRevenue;
			before = e.before;
			after = e.after;
			corrections = e.corrections;
			avoidedCost = e.avoidedCost;
			avoidedYears = e.avoidedYears;
			sensitivity = e.sensitivity;
			scenarios = e.scenarios;
		}

		public Builder name(String v) {
			name = v;
			return this;
		}

		public Builder year(int v) {
			year = v;
			return this;
		}

		public Builder participants(int v) {
			participants = v;
			return this;
		}

		public Builder projectCost(BigDecimal v) {
			projectCost = v;
			return this;
		}

		public Builder costShares(Map<Actor, BigDecimal> v) {
			costShares = v;
			return this;
		}

		/** null: the standard value of the year. */
		public Builder indirectTax(BigDecimal v) {
			indirectTax = v;
			return this;
		}

		public Builder years(int v) {
			years = v;
			return this;
		}

		public Builder discountRate(BigDecimal v) {
			discountRate = v;
			return this;
		}

		/** Revenue given per actor key (or {@code society}); replaces type cases. */
		public Builder yearlyRevenue(Map<String, BigDecimal> v) {
			yearlyRevenue = v;
			before = null;
			after = List.of();
			return this;
		}

		public Builder typeCases(State beforeCase, List<OutcomeGroup> afterGroups) {
			before = beforeCase;
			after = afterGroups;
			return this;
		}

		public Builder after(List<OutcomeGroup> v) {
			after = v;
			return this;
		}

		public Builder corrections(Corrections v) {
			corrections = v;
			return this;
		}

		public Builder avoidedCost(List<Individual> people, int yearsAfter) {
			avoidedCost = people;
			avoidedYears = yearsAfter;
			return this;
		}

		public Builder sensitivity(List<Sensitivity> v) {
			sensitivity = v;
			return this;
		}

		public Builder scenarios(Map<String, Map<String, BigDecimal>> v) {
			scenarios = v;
			return this;
		}

		public Evaluation build() {
			return new Evaluation(name, year, participants, projectCost, costShares, indirectTax, years, discountRate,
					yearlyRevenue, before, after, corrections, avoidedCost, avoidedYears, sensitivity, scenarios);
		}
	}

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

		public OutcomeGroup withWorkExtent(BigDecimal v) {
			return new OutcomeGroup(name, share, supports, v, wageSubsidy, resourceChange, corrections);
		}

		public OutcomeGroup withWageSubsidy(BigDecimal v) {
			return new OutcomeGroup(name, share, supports, workExtent, v, resourceChange, corrections);
		}

		public OutcomeGroup withResourceChange(BigDecimal v) {
			return new OutcomeGroup(name, share, supports, workExtent, wageSubsidy, v, corrections);
		}

		public OutcomeGroup withCorrections(Corrections v) {
			return new OutcomeGroup(name, share, supports, workExtent, wageSubsidy, resourceChange, v);
		}
	}

	/** SROI corrections: what would have happened anyway, others' part, displaced effects, yearly fading. */
	public record Corrections(BigDecimal deadweight, BigDecimal attribution, BigDecimal displacement,
			BigDecimal dropOff) {

		public static final Corrections NONE = new Corrections(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
				BigDecimal.ZERO);

		/** These corrections with one of them ({@code deadweight}, {@code attribution}, ...) changed. */
		public Corrections with(String key, BigDecimal v) {
			return switch (key) {
			case "deadweight" -> new Corrections(v, attribution, displacement, dropOff);
			case "attribution" -> new Corrections(deadweight, v, displacement, dropOff);
			case "displacement" -> new Corrections(deadweight, attribution, v, dropOff);
			case "dropOff" -> new Corrections(deadweight, attribution, displacement, v);
			default -> throw new IllegalArgumentException(key);
			};
		}
	}

	/** RAR's avoided cost: one person's public costs per payer in each of the years before. */
	public record Individual(String name, Map<Actor, List<BigDecimal>> costs) {
	}

	/** An assumption varied over values for the sensitivity table. */
	public record Sensitivity(String assumption, List<BigDecimal> values) {
	}
}
