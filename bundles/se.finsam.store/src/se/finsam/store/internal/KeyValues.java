package se.finsam.store.internal;

import java.util.Map;

import org.eclipse.emf.common.util.EMap;

/**
 * Key/value maps (survey answers, a förbund's extra columns) as one text column: "key=value" lines, with
 * backslash escapes for backslash, newline and "=" in keys. One column instead of a row per value keeps saving
 * 100 000 participants within seconds.
 */
final class KeyValues {

	private KeyValues() {
	}

	static String encode(EMap<String, String> map) {
		if (map.isEmpty()) {
			return null;
		}
		StringBuilder out = new StringBuilder();
		for (Map.Entry<String, String> e : map) {
			out.append(escape(e.getKey(), true)).append('=').append(escape(e.getValue(), false)).append('\n');
		}
		return out.toString();
	}

	static void decode(String text, EMap<String, String> into) {
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

	private static String escape(String text, boolean key) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '=' -> out.append(key ? "\\=" : "=");
			default -> out.append(c);
			}
		}
		return out.toString();
	}
}
