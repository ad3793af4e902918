package se.finsam.ui.editors.internal.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.finsam.calc.Calculator;
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

	/** A new evaluation of the project: its participants who have left, its accumulated cost, the default type case. */
	static String template(Project project, String name) {
		int left = (int) project.getParticipants().stream().filter(p -> p.getExitDate() != null).count();
		BigDecimal cost = project.getBudget() == null ? BigDecimal.ZERO
				: project.getBudget().getLines().stream().map(BudgetLine::totalAccumulatedCost)
						.reduce(BigDecimal.ZERO, BigDecimal::add);
		return Calculator.newEvaluation(name, LocalDate.now().getYear() - 1, left, cost);
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
