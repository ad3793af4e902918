package se.finsam.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON into plain values: objects as insertion-ordered {@code Map<String, Object>}, arrays as {@code List},
 * numbers as exact {@link BigDecimal}, strings, booleans and null. Small on purpose (data files and the CLI's
 * inputs); a syntax error names the line and column.
 */
public final class JsonReader {

	/** A file that is not JSON; the message names the line and column. */
	public static final class SyntaxException extends Exception {
		private static final long serialVersionUID = 1L;

		SyntaxException(String message) {
			super(message);
		}
	}

	private static final int MAX_DEPTH = 64;

	private final String text;
	private int pos;

	private JsonReader(String text) {
		this.text = text;
	}

	public static Object parse(String text) throws SyntaxException {
		JsonReader reader = new JsonReader(text);
		Object value = reader.value(0);
		reader.space();
		if (reader.pos < text.length()) {
			throw reader.error("text after the end of the JSON value");
		}
		return value;
	}

	private Object value(int depth) throws SyntaxException {
		if (depth > MAX_DEPTH) {
			throw error("nested too deeply");
		}
		space();
		if (pos >= text.length()) {
			throw error("unexpected end");
		}
		char c = text.charAt(pos);
		return switch (c) {
		case '{' -> object(depth);
		case '[' -> array(depth);
		case '"' -> string();
		case 't' -> literal("true", Boolean.TRUE);
		case 'f' -> literal("false", Boolean.FALSE);
		case 'n' -> literal("null", null);
		default -> number();
		};
	}

	private Map<String, Object> object(int depth) throws SyntaxException {
		Map<String, Object> map = new LinkedHashMap<>();
		pos++;
		space();
		if (peek('}')) {
			pos++;
			return map;
		}
		while (true) {
			space();
			if (!peek('"')) {
				throw error("expected a \"name\"");
			}
			String key = string();
			space();
			expect(':');
			map.put(key, value(depth + 1));
			space();
			if (peek(',')) {
				pos++;
			} else {
				expect('}');
				return map;
			}
		}
	}

	private List<Object> array(int depth) throws SyntaxException {
		List<Object> list = new ArrayList<>();
		pos++;
		space();
		if (peek(']')) {
			pos++;
			return list;
		}
		while (true) {
			list.add(value(depth + 1));
			space();
			if (peek(',')) {
				pos++;
			} else {
				expect(']');
				return list;
			}
		}
	}

	private String string() throws SyntaxException {
		StringBuilder out = new StringBuilder();
		pos++;
		while (pos < text.length()) {
			char c = text.charAt(pos++);
			if (c == '"') {
				return out.toString();
			}
			if (c == '\\') {
				if (pos >= text.length()) {
					break;
				}
				char e = text.charAt(pos++);
				switch (e) {
				case 'n' -> out.append('\n');
				case 't' -> out.append('\t');
				case 'r' -> out.append('\r');
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				case 'u' -> {
					if (pos + 4 > text.length()) {
						throw error("bad \\u escape");
					}
					try {
						out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
					} catch (NumberFormatException x) {
						throw error("bad \\u escape");
					}
					pos += 4;
				}
				default -> out.append(e);
				}
			} else {
				out.append(c);
			}
		}
		throw error("a string is not closed");
	}

	private BigDecimal number() throws SyntaxException {
		int start = pos;
		while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
			pos++;
		}
		try {
			return new BigDecimal(text.substring(start, pos));
		} catch (NumberFormatException e) {
			pos = start;
			throw error("expected a value");
		}
	}

	private Object literal(String word, Object value) throws SyntaxException {
		if (!text.startsWith(word, pos)) {
			throw error("expected a value");
		}
		pos += word.length();
		return value;
	}

	private void space() {
		while (pos < text.length()) {
			char c = text.charAt(pos);
			if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\uFEFF') {
				pos++;
			} else {
				return;
			}
		}
	}

	private boolean peek(char c) {
		return pos < text.length() && text.charAt(pos) == c;
	}

	private void expect(char c) throws SyntaxException {
		if (!peek(c)) {
			throw error("expected '" + c + "'");
		}
		pos++;
	}

	private SyntaxException error(String what) {
		int line = 1;
		int column = 1;
		for (int i = 0; i < Math.min(pos, text.length()); i++) {
			if (text.charAt(i) == '\n') {
				line++;
				column = 1;
			} else {
				column++;
			}
		}
		return new SyntaxException(line + ":" + column + ": " + what);
	}
}
