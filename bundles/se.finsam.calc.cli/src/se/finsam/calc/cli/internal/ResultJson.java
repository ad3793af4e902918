package se.finsam.calc.cli.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.finsam.calc.ActorResult;
import se.finsam.calc.EvaluationResult;

/** The result as JSON-ready maps (docs/calc-format.md): kronor to two decimals, shares and months to four. */
final class ResultJson {

	private ResultJson() {
	}

	static Map<String, Object> of(EvaluationResult r) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("name", r.name());
		out.put("participants", r.participants());
		out.put("years", r.years());
		out.put("projectCost", kr(r.projectCost()));
		out.put("cost", kr(r.cost()));
		List<Object> actors = new ArrayList<>();
		r.actors().forEach(a -> actors.add(actor(a)));
		out.put("actors", actors);
		out.put("state", r.state() == null ? null : actor(r.state()));
		out.put("society", actor(r.society()));
		out.put("potentialUsed", fraction(r.potentialUsed()));
		out.put("netPresentValue", kr(r.netPresentValue()));
		out.put("sroiRatio", fraction(r.sroiRatio()));
		Map<String, Object> avoided = new LinkedHashMap<>();
		r.avoidedCost().forEach((a, v) -> avoided.put(a.key(), kr(v)));
		out.put("avoidedCost", avoided);
		out.put("avoidedCostTotal", kr(r.avoidedCostTotal()));
		out.put("avoidedCostYears", r.avoidedYears());
		List<Object> sensitivity = new ArrayList<>();
		r.sensitivity().forEach(s -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("assumption", s.assumption());
			row.put("value", s.value());
			row.put("paybackMonths", fraction(s.paybackMonths()));
			row.put("profitabilityAfterYears", kr(s.profitabilityAfterYears()));
			sensitivity.add(row);
		});
		out.put("sensitivity", sensitivity);
		Map<String, Object> scenarios = new LinkedHashMap<>();
		r.scenarios().forEach((k, v) -> scenarios.put(k, actor(v)));
		out.put("scenarios", scenarios);
		List<Object> assumptions = new ArrayList<>();
		r.assumptions().forEach(v -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("key", v.key());
			row.put("year", v.year());
			row.put("value", v.value());
			row.put("source", v.source());
			assumptions.add(row);
		});
		out.put("assumptions", assumptions);
		return out;
	}

	private static Map<String, Object> actor(ActorResult a) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("actor", a.key());
		out.put("yearlyRevenue", kr(a.yearlyRevenue()));
		out.put("cost", kr(a.cost()));
		out.put("profitabilityFirstYear", kr(a.profitabilityFirstYear()));
		out.put("profitabilityAfterYears", kr(a.profitabilityAfterYears()));
		out.put("paybackMonths", fraction(a.paybackMonths()));
		out.put("presentValue", kr(a.presentValue()));
		out.put("potential", kr(a.potential()));
		return out;
	}

	private static BigDecimal kr(BigDecimal v) {
		return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
	}

	private static BigDecimal fraction(BigDecimal v) {
		return v == null ? null : v.setScale(4, RoundingMode.HALF_UP);
	}
}
