package se.finsam.calc.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import se.finsam.calc.Evaluation;
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
		Evaluation.Builder b = e.toBuilder();
		return switch (key) {
		case "indirectTax" -> b.indirectTax(v).build();
		case "discountRate" -> b.discountRate(v).build();
		case "projectCost" -> b.projectCost(v).build();
		case "years" -> b.years(v.intValue()).build();
		case "participants" -> participants(e, v.intValue());
		// Type cases carry their corrections per outcome group; revenue given as totals has one set.
		case "deadweight", "attribution", "displacement", "dropOff" -> e.after().isEmpty()
				? b.corrections(e.corrections().with(key, v)).build()
				: withGroups(e, g -> g.withCorrections(g.corrections().with(key, v)));
		// Work and subsidy vary in the groups that work; a group that does not stays as it is.
		case "workExtent" -> withGroups(e, g -> g.workExtent().signum() == 0 ? g : g.withWorkExtent(v));
		case "wageSubsidy" -> withGroups(e, g -> g.workExtent().signum() == 0 ? g : g.withWageSubsidy(v));
		case "resourceChange" -> withGroups(e, g -> g.withResourceChange(v));
		default -> throw new IllegalArgumentException(key);
		};
	}

	/** Revenue given as totals is scaled with the number of participants; type cases scale by themselves. */
	private static Evaluation participants(Evaluation e, int n) {
		Evaluation.Builder b = e.toBuilder().participants(n);
		if (e.after().isEmpty()) {
			Map<String, BigDecimal> revenue = new LinkedHashMap<>();
			if (e.participants() > 0) {
				BigDecimal factor = BigDecimal.valueOf(n).divide(BigDecimal.valueOf(e.participants()),
						MathContext.DECIMAL64);
				e.yearlyRevenue().forEach((k, r) -> revenue.put(k, r.multiply(factor)));
			}
			b.yearlyRevenue(revenue);
		}
		return b.build();
	}

	private static Evaluation withGroups(Evaluation e, UnaryOperator<OutcomeGroup> change) {
		return e.toBuilder().after(e.after().stream().map(change).toList()).build();
	}
}
