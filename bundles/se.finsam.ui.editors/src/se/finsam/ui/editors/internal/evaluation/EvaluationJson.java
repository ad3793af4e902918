package se.finsam.ui.editors.internal.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.finsam.core.JsonReader;
import se.finsam.core.JsonWriter;
import se.finsam.model.BudgetLine;
import se.finsam.model.Project;

/**
 * The evaluation's inputs (the calculation file format, docs/calc-format.md) as an editable map: the page changes
 * one field and writes the whole document back, so that every edit is one undoable command on the model.
 */
final class EvaluationJson {

	private EvaluationJson() {
	}

	/** A new evaluation of the project: its participants who have left, its accumulated cost, three outcome groups. */
	static String template(Project project, String name) {
		long left = project.getParticipants().stream().filter(p -> p.getExitDate() != null).count();
		BigDecimal cost = project.getBudget() == null ? BigDecimal.ZERO
				: project.getBudget().getLines().stream().map(BudgetLine::totalAccumulatedCost)
						.reduce(BigDecimal.ZERO, BigDecimal::add);
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("name", name);
		root.put("year", BigDecimal.valueOf(LocalDate.now().getYear() - 1L));
		root.put("participants", BigDecimal.valueOf(left));
		root.put("projectCost", cost);
		root.put("years", BigDecimal.valueOf(5));
		root.put("discountRate", BigDecimal.ZERO);
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("supports", List.of(support("EB", "0.5"), support("SJP", "0.375"), support("AKS", "0.125")));
		before.put("resources", new LinkedHashMap<>(Map.of("region", new BigDecimal("40000"), "kommun",
				new BigDecimal("30000"))));
		List<Object> after = new ArrayList<>();
		after.add(group("Försörjer sig genom arbete", "0.3", "0.75", "0.5", "-0.2"));
		after.add(group("Mår bättre men klarar inte arbete", "0.4", "0", "0", "0"));
		after.add(group("Har inte förbättrat sig", "0.3", "0", "0", "0"));
		((Map<String, Object>) after.get(1)).put("supports", List.of(support("AKS", "1")));
		((Map<String, Object>) after.get(2)).put("supports", before.get("supports"));
		root.put("typeCases", new LinkedHashMap<>(Map.of("before", before, "after", after)));
		root.put("sensitivity", List.of(sensitivity("deadweight", "0", "0.1", "0.2", "0.3", "0.4"),
				sensitivity("dropOff", "0", "0.05", "0.1", "0.2", "0.3"),
				sensitivity("wageSubsidy", "0.3", "0.4", "0.5", "0.6", "0.7")));
		Map<String, Object> scenarios = new LinkedHashMap<>();
		scenarios.put("low",
				new LinkedHashMap<>(Map.of("deadweight", new BigDecimal("0.2"), "dropOff", new BigDecimal("0.15"))));
		scenarios.put("high", new LinkedHashMap<>(Map.of("deadweight", BigDecimal.ZERO, "dropOff", BigDecimal.ZERO)));
		root.put("scenarios", scenarios);
		return JsonWriter.write(root);
	}

	private static Map<String, Object> sensitivity(String assumption, String... values) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("assumption", assumption);
		s.put("values", java.util.Arrays.stream(values).map(BigDecimal::new).toList());
		return s;
	}

	private static Map<String, Object> support(String code, String share) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("code", code);
		s.put("share", new BigDecimal(share));
		return s;
	}

	static Map<String, Object> group(String name, String share, String work, String subsidy, String change) {
		Map<String, Object> g = new LinkedHashMap<>();
		g.put("name", name);
		g.put("share", new BigDecimal(share));
		g.put("workExtent", new BigDecimal(work));
		g.put("wageSubsidy", new BigDecimal(subsidy));
		g.put("resourceChange", new BigDecimal(change));
		g.put("corrections", new LinkedHashMap<>(Map.of("deadweight", BigDecimal.ZERO, "dropOff", BigDecimal.ZERO)));
		return g;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> parse(String json) {
		try {
			return json == null || json.isBlank() ? new LinkedHashMap<>()
					: (Map<String, Object>) JsonReader.parse(json);
		} catch (JsonReader.SyntaxException | ClassCastException e) {
			return null;
		}
	}

	static String write(Map<String, Object> root) {
		return JsonWriter.write(root);
	}

	/** The outcome groups (a live list inside the map; created when missing). */
	@SuppressWarnings("unchecked")
	static List<Object> groups(Map<String, Object> root) {
		Map<String, Object> cases = (Map<String, Object>) root.computeIfAbsent("typeCases", k -> new LinkedHashMap<>());
		Object after = cases.get("after");
		if (!(after instanceof List<?>)) {
			after = new ArrayList<>();
			cases.put("after", after);
		}
		List<Object> list = (List<Object>) after;
		if (!(list instanceof ArrayList<?>)) {
			list = new ArrayList<>(list);
			cases.put("after", list);
		}
		return list;
	}

	/** A group's value: its own field, or inside its corrections for deadweight and drop-off. */
	@SuppressWarnings("unchecked")
	static Object get(Map<String, Object> group, String key) {
		if (key.equals("deadweight") || key.equals("dropOff")) {
			Object c = group.get("corrections");
			return c instanceof Map<?, ?> m ? ((Map<String, Object>) m).get(key) : null;
		}
		return group.get(key);
	}

	@SuppressWarnings("unchecked")
	static void put(Map<String, Object> group, String key, Object value) {
		if (key.equals("deadweight") || key.equals("dropOff")) {
			Object c = group.get("corrections");
			Map<String, Object> corrections = c instanceof Map<?, ?> ? new LinkedHashMap<>((Map<String, Object>) c)
					: new LinkedHashMap<>();
			corrections.put(key, value);
			group.put("corrections", corrections);
		} else {
			group.put(key, value);
		}
	}
}
