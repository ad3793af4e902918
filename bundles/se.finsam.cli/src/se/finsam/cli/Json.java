package se.finsam.cli;

import se.finsam.core.JsonWriter;

/**
 * Writes JSON for {@code --json} output: objects as insertion-ordered maps, lists, strings, numbers, booleans,
 * dates (ISO 8601 strings) and null. The shapes are documented in docs/cli.md.
 */
public final class Json {

	private Json() {
	}

	public static String write(Object value) {
		return JsonWriter.write(value);
	}
}
