package se.finsam.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import se.finsam.calc.Evaluation.Corrections;
import se.finsam.calc.Evaluation.Individual;
import se.finsam.calc.Evaluation.OutcomeGroup;
import se.finsam.calc.EvaluationResult.SensitivityRow;
import se.finsam.calc.internal.Assumptions;
import se.finsam.calc.internal.IndividualFlows;
import se.finsam.calc.internal.Messages;
import se.finsam.calc.internal.TypeCaseFlows;

/**
 * The socio-economic calculation: revenue per actor (given, or from type cases), the project cost split on the
 * parties and raised by the indirect tax, profitability after one and after N years, payback time, potential,
 * SROI corrections with discounting, RAR's avoided cost, the sensitivity table and low/base/high. Exact
 * ({@link BigDecimal}); round only when presenting.
 */
public final class Calculator {

	private static final MathContext MC = MathContext.DECIMAL64;
	private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
	/** How far payback is looked for when revenue fades (drop-off); beyond this it is "none". */
	private static final int HORIZON = 50;

	private Calculator() {
	}

	public static EvaluationResult compute(Evaluation e, StandardValues values) throws CalcException {
		return compute(e, values, true);
	}

	/** Reads an evaluation in the file format of docs/calc-format.md; mistakes name their field. */
	public static Evaluation read(String json) throws CalcException {
		return se.finsam.calc.internal.EvaluationReader.read(json);
	}

	/**
	 * The inputs of a new evaluation in the file format (docs/calc-format.md): the project's name, year, participants
	 * and cost with the default type case of {@code data/new-evaluation.json} (three outcome groups, the sensitivity
	 * table and low/high scenarios), for the user to adjust.
	 */
	public static String newEvaluation(String name, int year, int participants, BigDecimal projectCost) {
		return se.finsam.calc.internal.NewEvaluation.json(name, year, participants, projectCost);
	}

	/**
	 * Reads an evaluation for the individual-level mode: its revenue comes from the participants' own situations
	 * (see {@link #compute(Evaluation, List, StandardValues)}), so the file needs neither revenue nor type cases.
	 */
	public static Evaluation readForParticipants(String json) throws CalcException {
		return se.finsam.calc.internal.EvaluationReader.read(json, true);
	}

	/**
	 * Individual-level mode: the revenue per actor from each participant's own situation at start and at exit
	 * (instead of type cases); the evaluation gives the cost, years, corrections and the rest.
	 */
	public static EvaluationResult compute(Evaluation e, List<Situation.Change> participants, StandardValues values)
			throws CalcException {
		BigDecimal tax = e.indirectTax() != null ? e.indirectTax() : values.get("indirectTax", e.year());
		Set<String> used = new LinkedHashSet<>();
		Map<Actor, BigDecimal> revenue = new IndividualFlows(values, e.year(), tax, used::add).revenue(participants);
		Map<String, BigDecimal> given = new LinkedHashMap<>();
		revenue.forEach((a, v) -> given.put(a.key(), v));
		Evaluation individual = e.toBuilder().participants(participants.size()).yearlyRevenue(given).build();
		EvaluationResult result = compute(individual, values, true);
		List<StandardValues.Value> assumptions = new ArrayList<>(result.assumptions());
		for (String key : used) {
			assumptions.add(values.entry(key, e.year()));
		}
		return result.withAssumptions(assumptions);
	}

	private static EvaluationResult compute(Evaluation e, StandardValues values, boolean extras) throws CalcException {
		if (e.years() < 1 || e.years() > Evaluation.MAX_YEARS) { // a sensitivity value or a caller's own builder
			throw new CalcException(NLS.bind(Messages.Field_range, new Object[] { "years", e.years(), 1,
					Evaluation.MAX_YEARS }));
		}
		Set<String> used = new LinkedHashSet<>();
		BigDecimal tax = e.indirectTax();
		if (tax == null) {
			used.add("indirectTax");
			tax = values.get("indirectTax", e.year());
		}
		BigDecimal cost = e.projectCost().multiply(BigDecimal.ONE.add(tax));
		int horizon = Math.max(e.years(), HORIZON);
		Map<Actor, BigDecimal[]> byActor = new EnumMap<>(Actor.class);
		BigDecimal[] society;
		Map<Actor, BigDecimal> potential = null;
		if (e.before() != null) {
			TypeCaseFlows flows = new TypeCaseFlows(values, e.year(), tax, used::add);
			for (OutcomeGroup g : e.after()) {
				Map<Actor, BigDecimal> perParticipant = flows.revenue(e.before(), g);
				BigDecimal people = g.share().multiply(BigDecimal.valueOf(e.participants()));
				for (Actor a : Actor.values()) {
					add(byActor.computeIfAbsent(a, k -> zeros(horizon)),
							stream(perParticipant.get(a).multiply(people), g.corrections(), horizon));
				}
			}
			potential = new EnumMap<>(Actor.class);
			for (Map.Entry<Actor, BigDecimal> p : flows.potential(e.before()).entrySet()) {
				potential.put(p.getKey(), p.getValue().multiply(BigDecimal.valueOf(e.participants())));
			}
			society = sum(byActor.values(), horizon);
		} else {
			for (Map.Entry<String, BigDecimal> r : e.yearlyRevenue().entrySet()) {
				Actor a = Actor.byKey(r.getKey());
				if (a != null) {
					byActor.put(a, stream(r.getValue(), e.corrections(), horizon));
				}
			}
			BigDecimal given = e.yearlyRevenue().get(Actor.SOCIETY);
			society = given != null ? stream(given, e.corrections(), horizon) : sum(byActor.values(), horizon);
		}
		List<ActorResult> actors = new ArrayList<>();
		BigDecimal[] state = zeros(horizon);
		BigDecimal stateCost = BigDecimal.ZERO;
		for (Map.Entry<Actor, BigDecimal[]> a : byActor.entrySet()) {
			BigDecimal share = e.costShares().getOrDefault(a.getKey(), BigDecimal.ZERO);
			actors.add(result(a.getKey(), a.getKey().key(), a.getValue(), cost.multiply(share), e,
					potential == null ? null : potential.get(a.getKey())));
			if (a.getKey().isState()) {
				add(state, a.getValue());
				stateCost = stateCost.add(cost.multiply(share));
			}
		}
		BigDecimal societyPotential = potential == null ? null
				: potential.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		ActorResult societyResult = result(null, Actor.SOCIETY, society, cost, e, societyPotential);
		ActorResult stateResult = byActor.isEmpty() ? null : result(null, Actor.STATE, state, stateCost, e, null);
		BigDecimal potentialUsed = societyPotential == null || societyPotential.signum() <= 0 ? null
				: society[0].divide(societyPotential, MC);
		List<SensitivityRow> sensitivity = new ArrayList<>();
		Map<String, ActorResult> scenarios = new LinkedHashMap<>();
		if (extras) {
			for (Evaluation.Sensitivity s : e.sensitivity()) {
				for (BigDecimal v : s.values()) {
					ActorResult r = compute(Assumptions.apply(e, s.assumption(), v), values, false).society();
					sensitivity.add(new SensitivityRow(s.assumption(), v, r.paybackMonths(), r.profitabilityAfterYears()));
				}
			}
			if (!e.scenarios().isEmpty()) {
				scenarios.put("base", societyResult);
				for (Map.Entry<String, Map<String, BigDecimal>> s : e.scenarios().entrySet()) {
					scenarios.put(s.getKey(), compute(Assumptions.apply(e, s.getValue()), values, false).society());
				}
			}
		}
		Map<Actor, BigDecimal> avoided = avoided(e.avoidedCost(), e.avoidedYears());
		List<StandardValues.Value> assumptions = new ArrayList<>();
		for (String key : used) {
			assumptions.add(values.entry(key, e.year()));
		}
		return new EvaluationResult(e.name(), e.years(), e.participants(), e.projectCost(), cost, actors, stateResult, societyResult,
				potentialUsed, societyResult.presentValue().subtract(cost),
				cost.signum() == 0 ? null : societyResult.presentValue().divide(cost, MC), avoided,
				avoided.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), e.avoidedYears(), sensitivity, scenarios,
				assumptions);
	}

	private static ActorResult result(Actor actor, String key, BigDecimal[] revenue, BigDecimal cost, Evaluation e,
			BigDecimal potential) {
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal present = BigDecimal.ZERO;
		BigDecimal discount = BigDecimal.ONE.add(e.discountRate());
		for (int t = 0; t < e.years(); t++) {
			total = total.add(revenue[t]);
			present = present.add(e.discountRate().signum() == 0 ? revenue[t] : revenue[t].divide(discount.pow(t + 1), MC));
		}
		BigDecimal first = revenue[0];
		return new ActorResult(actor, key, first, cost, first.subtract(cost), total.subtract(cost), payback(cost, revenue),
				present, potential, List.of(java.util.Arrays.copyOf(revenue, e.years())));
	}

	/** Months until the cumulated revenue covers the cost; null when it never does within the horizon. */
	static BigDecimal payback(BigDecimal cost, BigDecimal[] revenue) {
		if (cost.signum() <= 0) {
			return BigDecimal.ZERO;
		}
		BigDecimal cumulated = BigDecimal.ZERO;
		for (int t = 0; t < revenue.length; t++) {
			if (revenue[t].signum() > 0 && cumulated.add(revenue[t]).compareTo(cost) >= 0) {
				BigDecimal part = cost.subtract(cumulated).divide(revenue[t], MC);
				return TWELVE.multiply(BigDecimal.valueOf(t).add(part));
			}
			cumulated = cumulated.add(revenue[t]);
		}
		return null;
	}

	/** The first year's revenue corrected, and each later year's after the drop-off. */
	private static BigDecimal[] stream(BigDecimal yearly, Corrections c, int horizon) {
		BigDecimal first = yearly.multiply(BigDecimal.ONE.subtract(c.deadweight()))
				.multiply(BigDecimal.ONE.subtract(c.attribution())).multiply(BigDecimal.ONE.subtract(c.displacement()));
		BigDecimal keep = BigDecimal.ONE.subtract(c.dropOff());
		BigDecimal[] years = new BigDecimal[horizon];
		for (int t = 0; t < horizon; t++) {
			years[t] = t == 0 ? first : years[t - 1].multiply(keep);
		}
		return years;
	}

	/** RAR's method: each payer's yearly average over the years before, counted over the years after. */
	private static Map<Actor, BigDecimal> avoided(List<Individual> people, int years) {
		Map<Actor, BigDecimal> result = new EnumMap<>(Actor.class);
		for (Individual p : people) {
			for (Map.Entry<Actor, List<BigDecimal>> c : p.costs().entrySet()) {
				BigDecimal sum = c.getValue().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
				BigDecimal average = sum.divide(BigDecimal.valueOf(c.getValue().size()), MC);
				result.merge(c.getKey(), average.multiply(BigDecimal.valueOf(years)), BigDecimal::add);
			}
		}
		return result;
	}

	private static BigDecimal[] zeros(int n) {
		BigDecimal[] z = new BigDecimal[n];
		java.util.Arrays.fill(z, BigDecimal.ZERO);
		return z;
	}

	private static void add(BigDecimal[] into, BigDecimal[] values) {
		for (int i = 0; i < into.length; i++) {
			into[i] = into[i].add(values[i]);
		}
	}

	private static BigDecimal[] sum(java.util.Collection<BigDecimal[]> all, int n) {
		BigDecimal[] total = zeros(n);
		all.forEach(v -> add(total, v));
		return total;
	}
}
