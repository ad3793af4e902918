package se.finsam.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON (the counterpart of {@link JsonReader}): objects as insertion-ordered maps, lists, strings, numbers, booleans,
 * dates (ISO 8601 strings) and null. Small on purpose; the shapes are documented in docs/cli.md.
 */
public final class JsonWriter {

	private JsonWriter() {
	}

	public static String write(Object value) {
		StringBuilder out = new StringBuilder();
		write(out, value, 0);
		return out.toString();
	}

	private static void write(StringBuilder out, Object value, int indent) {
		if (value == null) {
			out.append("null");
		} else if (value instanceof String s) {
			string(out, s);
		} else if (value instanceof LocalDate d) {
			string(out, d.toString());
		} else if (value instanceof BigDecimal d) {
			out.append(d.toPlainString());
		} else if (value instanceof Number || value instanceof Boolean) {
			out.append(value);
		} else if (value instanceof Map<?, ?> map) {
			object(out, map, indent);
		} else if (value instanceof List<?> list) {
			array(out, list, indent);
		} else {
			string(out, value.toString());
		}
	}

	private static void object(StringBuilder out, Map<?, ?> map, int indent) {
		if (map.isEmpty()) {
			out.append("{}");
			return;
		}
		out.append("{\n");
		int i = 0;
		for (Map.Entry<?, ?> e : map.entrySet()) {
			out.append("  ".repeat(indent + 1));
			string(out, String.valueOf(e.getKey()));
			out.append(": ");
			write(out, e.getValue(), indent + 1);
			out.append(++i < map.size() ? ",\n" : "\n");
		}
		out.append("  ".repeat(indent)).append('}');
	}

	private static void array(StringBuilder out, List<?> list, int indent) {
		if (list.isEmpty()) {
			out.append("[]");
			return;
		}
		out.append("[\n");
		for (int i = 0; i < list.size(); i++) {
			out.append("  ".repeat(indent + 1));
			write(out, list.get(i), indent + 1);
			out.append(i + 1 < list.size() ? ",\n" : "\n");
		}
		out.append("  ".repeat(indent)).append(']');
	}

	private static void string(StringBuilder out, String s) {
		out.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		out.append('"');
	}
}
