package se.finsam.calc.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import se.finsam.calc.Evaluation;
import se.finsam.calc.Evaluation.Corrections;
import se.finsam.calc.Evaluation.OutcomeGroup;

/** The assumptions the sensitivity table and the low/high scenarios may vary, and how each changes an evaluation. */
public final class Assumptions {

	public static final List<String> KEYS = List.of("indirectTax", "discountRate", "projectCost", "participants",
			"years", "deadweight", "attribution", "displacement", "dropOff", "workExtent", "wageSubsidy",
			"resourceChange");

	private Assumptions() {
	}

	public static Evaluation apply(Evaluation e, Map<String, BigDecimal> values) {
		Evaluation result = e;
		for (Map.Entry<String, BigDecimal> v : values.entrySet()) {
			result = apply(result, v.getKey(), v.getValue());
		}
		return result;
	}

	/** The evaluation with one assumption changed; corrections and group values change in every outcome group. */
	public static Evaluation apply(Evaluation e, String key, BigDecimal v) {
		return switch (key) {
		case "indirectTax" -> copy(e, e.participants(), e.projectCost(), v, e.years(), e.discountRate(), e.yearlyRevenue(),
				e.after(), e.corrections());
		case "discountRate" -> copy(e, e.participants(), e.projectCost(), e.indirectTax(), e.years(), v, e.yearlyRevenue(),
				e.after(), e.corrections());
		case "projectCost" -> copy(e, e.participants(), v, e.indirectTax(), e.years(), e.discountRate(), e.yearlyRevenue(),
				e.after(), e.corrections());
		case "years" -> copy(e, e.participants(), e.projectCost(), e.indirectTax(), v.intValue(), e.discountRate(),
				e.yearlyRevenue(), e.after(), e.corrections());
		case "participants" -> participants(e, v.intValue());
		// Type cases carry their corrections per outcome group; revenue given as totals has one set.
		case "deadweight", "attribution", "displacement", "dropOff" -> e.after().isEmpty()
				? copy(e, e.participants(), e.projectCost(), e.indirectTax(), e.years(), e.discountRate(),
						e.yearlyRevenue(), e.after(), correction(e.corrections(), key, v))
				: withGroups(e, g -> new OutcomeGroup(g.name(), g.share(), g.supports(), g.workExtent(), g.wageSubsidy(),
						g.resourceChange(), correction(g.corrections(), key, v)));
		// Work and subsidy vary in the groups that work; a group that does not stays as it is.
		case "workExtent" -> withGroups(e, g -> g.workExtent().signum() == 0 ? g
				: new OutcomeGroup(g.name(), g.share(), g.supports(), v, g.wageSubsidy(), g.resourceChange(), g.corrections()));
		case "wageSubsidy" -> withGroups(e, g -> g.workExtent().signum() == 0 ? g
				: new OutcomeGroup(g.name(), g.share(), g.supports(), g.workExtent(), v, g.resourceChange(), g.corrections()));
		case "resourceChange" -> withGroups(e, g -> new OutcomeGroup(g.name(), g.share(), g.supports(), g.workExtent(),
				g.wageSubsidy(), v, g.corrections()));
		default -> throw new IllegalArgumentException(key);
		};
	}

	/** Revenue given as totals is scaled with the number of participants; type cases scale by themselves. */
	private static Evaluation participants(Evaluation e, int n) {
		Map<String, BigDecimal> revenue = new LinkedHashMap<>();
		if (e.participants() > 0) {
			BigDecimal factor = BigDecimal.valueOf(n).divide(BigDecimal.valueOf(e.participants()), MathContext.DECIMAL64);
			e.yearlyRevenue().forEach((k, r) -> revenue.put(k, r.multiply(factor)));
		}
		return copy(e, n, e.projectCost(), e.indirectTax(), e.years(), e.discountRate(), revenue, e.after(), e.corrections());
	}

	private static Evaluation withGroups(Evaluation e, UnaryOperator<OutcomeGroup> change) {
		return copy(e, e.participants(), e.projectCost(), e.indirectTax(), e.years(), e.discountRate(), e.yearlyRevenue(),
				groups(e, change), e.corrections());
	}

	private static List<OutcomeGroup> groups(Evaluation e, UnaryOperator<OutcomeGroup> change) {
		return e.after().stream().map(change).toList();
	}

	private static Corrections correction(Corrections c, String key, BigDecimal v) {
		return new Corrections(key.equals("deadweight") ? v : c.deadweight(), key.equals("attribution") ? v : c.attribution(),
				key.equals("displacement") ? v : c.displacement(), key.equals("dropOff") ? v : c.dropOff());
	}

	private static Evaluation copy(Evaluation e, int participants, BigDecimal cost, BigDecimal tax, int years,
			BigDecimal rate, Map<String, BigDecimal> revenue, List<OutcomeGroup> after, Corrections corrections) {
		return new Evaluation(e.name(), e.year(), participants, cost, e.costShares(), tax, years, rate, revenue, e.before(),
				after, corrections, e.avoidedCost(), e.avoidedYears(), e.sensitivity(), e.scenarios());
	}
}
