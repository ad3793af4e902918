package se.finsam.store.internal;

import java.util.Map;

/**
 * Key/value maps (survey answers, a förbund's extra columns) as one text column: "key=value" lines, with
 * backslash escapes for backslash, newline and "=" in keys. One column instead of a row per value keeps saving
 * 100 000 participants within seconds.
 */
final class KeyValues {

	private KeyValues() {
	}

	static String encode(Map<String, String> map) {
		if (map.isEmpty()) {
			return null;
		}
		StringBuilder out = new StringBuilder(32 * map.size());
		for (Map.Entry<String, String> e : map.entrySet()) {
			escape(out, e.getKey(), true);
			out.append('=');
			escape(out, e.getValue(), false);
			out.append('\n');
		}
		return out.toString();
	}

	static void decode(String text, Map<String, String> into) {
		if (text == null) {
			return;
		}
		StringBuilder key = new StringBuilder();
		StringBuilder value = new StringBuilder();
		StringBuilder current = key;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length()) {
				char next = text.charAt(++i);
				current.append(next == 'n' ? '\n' : next);
			} else if (c == '=' && current == key) {
				current = value;
			} else if (c == '\n') {
				into.put(key.toString(), value.toString());
				key.setLength(0);
				value.setLength(0);
				current = key;
			} else {
				current.append(c);
			}
		}
	}

	/** Appends the text escaped (null as empty), straight into {@code out}: a row is written per participant. */
	private static void escape(StringBuilder out, String text, boolean key) {
		if (text == null) {
			return;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '=' -> out.append(key ? "\\=" : "=");
			default -> out.append(c);
			}
		}
	}
}
