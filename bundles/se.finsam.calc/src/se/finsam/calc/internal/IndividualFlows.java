package se.finsam.calc.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.finsam.calc.Actor;
import se.finsam.calc.CalcException;
import se.finsam.calc.Evaluation.Support;
import se.finsam.calc.Situation;
import se.finsam.calc.StandardValues;

/**
 * Individual-level mode: each participant's own situation at start and at exit through the same flows as the type
 * cases. Wages: "Lön" and "Lön med stöd" as support (for their extent), or an occupation of work for the rest of the
 * time; "Lön med stöd" and "Arbete med stöd" carry the typical wage subsidy. Participants share few distinct
 * situations, so each distinct one is computed once.
 */
public final class IndividualFlows {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final TypeCaseFlows flows;
	private final BigDecimal typicalSubsidy;
	private final Map<Situation, Map<Actor, BigDecimal>> memo = new HashMap<>();

	public IndividualFlows(StandardValues values, int year, BigDecimal indirectTax, TypeCaseFlows.Used used)
			throws CalcException {
		this.flows = new TypeCaseFlows(values, year, indirectTax, used);
		used.value("wageSubsidy.typical");
		this.typicalSubsidy = values.get("wageSubsidy.typical", year);
	}

	/** The yearly revenue per actor of all the changes together: after minus before, summed. */
	public Map<Actor, BigDecimal> revenue(List<Situation.Change> changes) throws CalcException {
		Map<Situation.Change, Integer> counts = new HashMap<>();
		changes.forEach(c -> counts.merge(c, 1, Integer::sum));
		Map<Actor, BigDecimal> total = new EnumMap<>(Actor.class);
		for (Actor a : Actor.values()) {
			total.put(a, BigDecimal.ZERO);
		}
		for (Map.Entry<Situation.Change, Integer> c : counts.entrySet()) {
			Map<Actor, BigDecimal> after = flows(c.getKey().after());
			Map<Actor, BigDecimal> before = flows(c.getKey().before());
			BigDecimal n = BigDecimal.valueOf(c.getValue());
			for (Actor a : Actor.values()) {
				total.merge(a, after.get(a).subtract(before.get(a)).multiply(n), BigDecimal::add);
			}
		}
		return total;
	}

	private Map<Actor, BigDecimal> flows(Situation s) throws CalcException {
		Map<Actor, BigDecimal> known = memo.get(s);
		if (known != null) {
			return known;
		}
		BigDecimal share = s.supportExtent() == null ? BigDecimal.ONE
				: BigDecimal.valueOf(s.supportExtent()).divide(HUNDRED);
		List<Support> supports = new ArrayList<>();
		BigDecimal work = BigDecimal.ZERO;
		BigDecimal subsidy = BigDecimal.ZERO;
		String code = s.support() == null ? "" : s.support();
		switch (code) {
		case "", "INGEN", "ANNAN" -> {
			// no public support to count
		}
		case "LON" -> work = share;
		case "LONSTOD" -> {
			work = share;
			subsidy = typicalSubsidy;
		}
		default -> supports.add(new Support(code, share, null));
		}
		String occupation = s.occupation() == null ? "" : s.occupation();
		if (work.signum() == 0 && (occupation.equals("ARBETE") || occupation.equals("ARBETE_STOD"))) {
			work = supports.isEmpty() ? BigDecimal.ONE : BigDecimal.ONE.subtract(share);
			subsidy = occupation.equals("ARBETE_STOD") ? typicalSubsidy : BigDecimal.ZERO;
		}
		Map<Actor, BigDecimal> result = new EnumMap<>(Actor.class);
		for (Actor a : Actor.values()) {
			result.put(a, BigDecimal.ZERO);
		}
		result.putAll(flows.flows(supports, work, subsidy, Map.of()));
		memo.put(s, result);
		return result;
	}
}
