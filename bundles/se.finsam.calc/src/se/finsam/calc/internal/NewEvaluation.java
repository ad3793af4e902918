package se.finsam.calc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import se.finsam.core.JsonReader;
import se.finsam.core.JsonWriter;

/** The default inputs of a new evaluation: data ({@code data/new-evaluation.json}), not code. */
public final class NewEvaluation {

	private static volatile String defaults;

	private NewEvaluation() {
	}

	@SuppressWarnings("unchecked")
	public static String json(String name, int year, int participants, BigDecimal projectCost) {
		Map<String, Object> root;
		try {
			root = (Map<String, Object>) JsonReader.parse(defaults());
		} catch (JsonReader.SyntaxException e) {
			throw new IllegalStateException("data/new-evaluation.json: " + e.getMessage(), e);
		}
		root.put("name", name);
		root.put("year", BigDecimal.valueOf(year));
		root.put("participants", BigDecimal.valueOf(participants));
		root.put("projectCost", projectCost);
		return JsonWriter.write(root);
	}

	private static String defaults() {
		String text = defaults;
		if (text == null) {
			try (InputStream in = NewEvaluation.class.getResourceAsStream("/data/new-evaluation.json")) {
				text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			defaults = text;
		}
		return text;
	}
}
