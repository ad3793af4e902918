package se.finsam.calc.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import se.finsam.calc.Actor;
import se.finsam.calc.CalcException;
import se.finsam.calc.Evaluation;
import se.finsam.calc.Evaluation.Support;
import se.finsam.calc.StandardValues;

/**
 * What one participant's year means for each actor in a type case. Money that moves between actors is financial
 * (benefits from their payer to the individual; income tax to kommun and region; employer fees to the state; the
 * wage subsidy from Arbetsförmedlingen); real resources (care, case handling, social services) are costs of the
 * actor that spends them, raised by the indirect tax like the project cost. Summed over the actors, financial flows
 * cancel and what is left is production ((1 − subsidy) × the wage cost) and the resources saved.
 */
public final class TypeCaseFlows {

	private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

	private final StandardValues values;
	private final int year;
	private final BigDecimal uplift;
	private final Used used;

	/** Records which standard values a result rests on (the assumptions list). */
	public interface Used {
		void value(String key) throws CalcException;
	}

	public TypeCaseFlows(StandardValues values, int year, BigDecimal indirectTax, Used used) {
		this.values = values;
		this.year = year;
		this.uplift = BigDecimal.ONE.add(indirectTax);
		this.used = used;
	}

	/** The flows of one participant's year in a state: supports, work and resource use (already changed). */
	public Map<Actor, BigDecimal> flows(List<Support> supports, BigDecimal extent, BigDecimal subsidy,
			Map<Actor, BigDecimal> resources) throws CalcException {
		Map<Actor, BigDecimal> flows = new EnumMap<>(Actor.class);
		BigDecimal municipal = value("municipalTax");
		BigDecimal region = value("regionTax");
		for (Support s : supports) {
			StandardValues.SupportRule rule = values.support(s.code());
			BigDecimal monthly = s.monthly() != null ? s.monthly() : value("support." + s.code() + ".monthly");
			BigDecimal yearly = monthly.multiply(TWELVE).multiply(s.share());
			add(flows, rule.payer(), yearly.negate());
			add(flows, Actor.INDIVIDUAL, yearly);
			if (rule.taxable()) {
				incomeTax(flows, yearly, municipal, region);
			}
		}
		if (extent.signum() > 0) {
			BigDecimal wage = value("averageMonthlyWage").multiply(TWELVE).multiply(extent);
			BigDecimal fee = value("employerFee");
			add(flows, Actor.INDIVIDUAL, wage);
			incomeTax(flows, wage, municipal, region);
			add(flows, Actor.OTHER_STATE, wage.multiply(fee));
			add(flows, Actor.AF, wage.multiply(BigDecimal.ONE.add(fee)).multiply(subsidy).negate());
		}
		for (Map.Entry<Actor, BigDecimal> r : resources.entrySet()) {
			add(flows, r.getKey(), r.getValue().multiply(uplift).negate());
		}
		return flows;
	}

	/** The before state's resources scaled by an outcome group's change (−0.2: a fifth less). */
	public static Map<Actor, BigDecimal> changed(Map<Actor, BigDecimal> resources, BigDecimal change) {
		Map<Actor, BigDecimal> result = new EnumMap<>(Actor.class);
		resources.forEach((a, v) -> result.put(a, v.multiply(BigDecimal.ONE.add(change))));
		return result;
	}

	/** The AFTER flows of a group minus the BEFORE flows: one participant's yearly revenue per actor. */
	public Map<Actor, BigDecimal> revenue(Evaluation.State before, Evaluation.OutcomeGroup group) throws CalcException {
		Map<Actor, BigDecimal> after = flows(group.supports(), group.workExtent(), group.wageSubsidy(),
				changed(before.resources(), group.resourceChange()));
		return difference(after, flows(before.supports(), before.workExtent(), before.wageSubsidy(), before.resources()));
	}

	/** Every participant in full-time work at an average wage, no support, no subsidy, no extra resources. */
	public Map<Actor, BigDecimal> potential(Evaluation.State before) throws CalcException {
		Map<Actor, BigDecimal> ideal = flows(List.of(), BigDecimal.ONE, BigDecimal.ZERO, Map.of());
		return difference(ideal, flows(before.supports(), before.workExtent(), before.wageSubsidy(), before.resources()));
	}

	private static Map<Actor, BigDecimal> difference(Map<Actor, BigDecimal> after, Map<Actor, BigDecimal> before) {
		Map<Actor, BigDecimal> result = new EnumMap<>(Actor.class);
		for (Actor a : Actor.values()) {
			result.put(a, after.getOrDefault(a, BigDecimal.ZERO).subtract(before.getOrDefault(a, BigDecimal.ZERO)));
		}
		return result;
	}

	private void incomeTax(Map<Actor, BigDecimal> flows, BigDecimal income, BigDecimal municipal, BigDecimal region) {
		add(flows, Actor.INDIVIDUAL, income.multiply(municipal.add(region)).negate());
		add(flows, Actor.KOMMUN, income.multiply(municipal));
		add(flows, Actor.REGION, income.multiply(region));
	}

	private BigDecimal value(String key) throws CalcException {
		used.value(key);
		return values.get(key, year);
	}

	private static void add(Map<Actor, BigDecimal> flows, Actor actor, BigDecimal amount) {
		flows.merge(actor, amount, BigDecimal::add);
	}
}
