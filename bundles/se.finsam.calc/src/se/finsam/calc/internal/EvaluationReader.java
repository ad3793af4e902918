package se.finsam.calc.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import se.finsam.calc.Actor;
import se.finsam.calc.CalcException;
import se.finsam.calc.Evaluation;
import se.finsam.calc.Evaluation.Corrections;
import se.finsam.calc.Evaluation.Individual;
import se.finsam.calc.Evaluation.OutcomeGroup;
import se.finsam.calc.Evaluation.Sensitivity;
import se.finsam.calc.Evaluation.State;
import se.finsam.calc.Evaluation.Support;
import se.finsam.core.JsonReader;

/** An evaluation file (docs/calc-format.md) into an {@link Evaluation}; each mistake names its field. */
public final class EvaluationReader {

	private static final BigDecimal QUARTER = new BigDecimal("0.25");
	private static final BigDecimal TOLERANCE = new BigDecimal("0.0005");

	private EvaluationReader() {
	}

	public static Evaluation read(String json) throws CalcException {
		return read(json, false);
	}

	/** @param revenueFromData the revenue comes from the participants in the store, not from the file */
	public static Evaluation read(String json, boolean revenueFromData) throws CalcException {
		Object root;
		try {
			root = JsonReader.parse(json);
		} catch (JsonReader.SyntaxException e) {
			throw new CalcException(NLS.bind(Messages.Read_notJson, e.getMessage()));
		}
		Fields f = Fields.of(root, "");
		int participants = f.integer("participants");
		if (participants < 0) {
			throw new CalcException(NLS.bind(Messages.Field_negative, "participants", participants));
		}
		Map<Actor, BigDecimal> shares = actorMap(f, "costShares", true);
		if (shares.isEmpty()) {
			for (Actor a : List.of(Actor.KOMMUN, Actor.REGION, Actor.FK, Actor.AF)) {
				shares.put(a, QUARTER);
			}
		}
		sumsToOne(shares.values(), "costShares");
		Map<String, BigDecimal> revenue = new LinkedHashMap<>();
		for (Map.Entry<String, Object> e : f.object("yearlyRevenue").entrySet()) {
			if (!e.getKey().equals(Actor.SOCIETY) && Actor.byKey(e.getKey()) == null) {
				throw new CalcException(NLS.bind(Messages.Field_actor, "yearlyRevenue." + e.getKey(),
						Fields.actors() + ", society"));
			}
			revenue.put(e.getKey(), Fields.number(e.getValue(), "yearlyRevenue." + e.getKey()));
		}
		Map<String, Object> cases = f.object("typeCases");
		State before = null;
		List<OutcomeGroup> after = List.of();
		if (!cases.isEmpty()) {
			Fields c = new Fields(cases, "typeCases");
			before = state(Fields.of(c.object("before"), "typeCases.before"));
			after = groups(c);
		}
		if (!revenueFromData && revenue.isEmpty() && before == null && f.list("avoidedCost").isEmpty()) {
			throw new CalcException(Messages.Read_nothingToCompute);
		}
		return new Evaluation.Builder().name(f.has("name") ? f.text("name") : "").year(f.integer("year"))
				.participants(participants).projectCost(f.amount("projectCost", BigDecimal.ZERO)).costShares(shares)
				.indirectTax(f.share("indirectTax", null)).years(f.integer("years", 5, 1, Evaluation.MAX_YEARS))
				.discountRate(f.share("discountRate", BigDecimal.ZERO)).yearlyRevenue(revenue).typeCases(before, after)
				.corrections(corrections(f, "corrections")).avoidedCost(individuals(f), f.integer("avoidedCostYears", 5, 1, Evaluation.MAX_YEARS))
				.sensitivity(sensitivity(f)).scenarios(scenarios(f)).build();
	}

	private static State state(Fields f) throws CalcException {
		return new State(supports(f), f.share("workExtent", BigDecimal.ZERO), f.share("wageSubsidy", BigDecimal.ZERO),
				actorMap(f, "resources", false));
	}

	private static List<OutcomeGroup> groups(Fields c) throws CalcException {
		List<OutcomeGroup> groups = new ArrayList<>();
		List<BigDecimal> shares = new ArrayList<>();
		List<?> list = c.list("after");
		for (int i = 0; i < list.size(); i++) {
			Fields g = Fields.of(list.get(i), "typeCases.after[" + i + "]");
			BigDecimal share = g.share("share", null);
			if (share == null) {
				throw new CalcException(NLS.bind(Messages.Field_missing, g.path("share")));
			}
			BigDecimal change = g.number("resourceChange", BigDecimal.ZERO);
			if (change.compareTo(BigDecimal.ONE.negate()) < 0) {
				throw new CalcException(NLS.bind(Messages.Field_resourceChange, g.path("resourceChange")));
			}
			shares.add(share);
			groups.add(new OutcomeGroup(g.has("name") ? g.text("name") : "#" + (i + 1), share, supports(g),
					g.share("workExtent", BigDecimal.ZERO), g.share("wageSubsidy", BigDecimal.ZERO), change,
					corrections(g, "corrections")));
		}
		if (groups.isEmpty()) {
			throw new CalcException(NLS.bind(Messages.Field_missing, "typeCases.after"));
		}
		sumsToOne(shares, "typeCases.after[*].share");
		return groups;
	}

	private static List<Support> supports(Fields f) throws CalcException {
		List<Support> supports = new ArrayList<>();
		List<?> list = f.list("supports");
		for (int i = 0; i < list.size(); i++) {
			Fields s = Fields.of(list.get(i), f.path("supports") + "[" + i + "]");
			supports.add(new Support(s.text("code"), s.share("share", BigDecimal.ONE), s.amount("monthly", null)));
		}
		return supports;
	}

	private static Corrections corrections(Fields f, String key) throws CalcException {
		if (!f.has(key)) {
			return Corrections.NONE;
		}
		Fields c = Fields.of(f.object(key), f.path(key));
		return new Corrections(c.share("deadweight", BigDecimal.ZERO), c.share("attribution", BigDecimal.ZERO),
				c.share("displacement", BigDecimal.ZERO), c.share("dropOff", BigDecimal.ZERO));
	}

	private static List<Individual> individuals(Fields f) throws CalcException {
		List<Individual> people = new ArrayList<>();
		List<?> list = f.list("avoidedCost");
		for (int i = 0; i < list.size(); i++) {
			Fields p = Fields.of(list.get(i), "avoidedCost[" + i + "]");
			Map<Actor, List<BigDecimal>> costs = new EnumMap<>(Actor.class);
			for (Map.Entry<String, Object> e : p.object("costs").entrySet()) {
				String path = p.path("costs") + "." + e.getKey();
				Actor payer = Actor.byKey(e.getKey());
				if (payer == null) {
					throw new CalcException(NLS.bind(Messages.Field_actor, path, Fields.actors()));
				}
				if (!(e.getValue() instanceof List<?> years) || years.isEmpty()) {
					throw new CalcException(NLS.bind(Messages.Field_notList, path));
				}
				List<BigDecimal> amounts = new ArrayList<>();
				for (int y = 0; y < years.size(); y++) {
					BigDecimal amount = Fields.number(years.get(y), path + "[" + y + "]");
					if (amount.signum() < 0) {
						throw new CalcException(NLS.bind(Messages.Field_negative, path + "[" + y + "]", amount));
					}
					amounts.add(amount);
				}
				costs.put(payer, amounts);
			}
			people.add(new Individual(p.has("name") ? p.text("name") : "#" + (i + 1), costs));
		}
		return people;
	}

	private static List<Sensitivity> sensitivity(Fields f) throws CalcException {
		List<Sensitivity> rows = new ArrayList<>();
		List<?> list = f.list("sensitivity");
		for (int i = 0; i < list.size(); i++) {
			Fields s = Fields.of(list.get(i), "sensitivity[" + i + "]");
			String assumption = s.text("assumption");
			if (!Assumptions.KEYS.contains(assumption)) {
				throw new CalcException(NLS.bind(Messages.Field_assumption, s.path("assumption"),
						String.join(", ", Assumptions.KEYS)));
			}
			List<BigDecimal> values = new ArrayList<>();
			List<?> raw = s.list("values");
			for (int v = 0; v < raw.size(); v++) {
				values.add(Fields.number(raw.get(v), s.path("values") + "[" + v + "]"));
			}
			rows.add(new Sensitivity(assumption, values));
		}
		return rows;
	}

	private static Map<String, Map<String, BigDecimal>> scenarios(Fields f) throws CalcException {
		Map<String, Map<String, BigDecimal>> scenarios = new LinkedHashMap<>();
		for (Map.Entry<String, Object> e : f.object("scenarios").entrySet()) {
			Fields s = Fields.of(e.getValue(), "scenarios." + e.getKey());
			Map<String, BigDecimal> values = new LinkedHashMap<>();
			for (String key : s.keys()) {
				if (!Assumptions.KEYS.contains(key)) {
					throw new CalcException(NLS.bind(Messages.Field_assumption, s.path(key), String.join(", ", Assumptions.KEYS)));
				}
				values.put(key, s.number(key));
			}
			scenarios.put(e.getKey(), values);
		}
		return scenarios;
	}

	private static Map<Actor, BigDecimal> actorMap(Fields f, String key, boolean shares) throws CalcException {
		Map<Actor, BigDecimal> map = new EnumMap<>(Actor.class);
		Fields m = Fields.of(f.object(key), f.path(key));
		for (String name : f.object(key).keySet()) {
			Actor a = Actor.byKey(name);
			if (a == null) {
				throw new CalcException(NLS.bind(Messages.Field_actor, m.path(name), Fields.actors()));
			}
			map.put(a, shares ? m.share(name, null) : m.amount(name, null));
		}
		return map;
	}

	private static void sumsToOne(java.util.Collection<BigDecimal> shares, String path) throws CalcException {
		BigDecimal sum = shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		if (sum.subtract(BigDecimal.ONE).abs().compareTo(TOLERANCE) > 0) {
			throw new CalcException(NLS.bind(Messages.Field_sum, path, sum.movePointRight(2).stripTrailingZeros().toPlainString()));
		}
	}
}
