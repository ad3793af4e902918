package se.finsam.io.xlsx.internal.dis;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance per distinct value read (a caseworker's name, a date, a year repeat on thousands of rows): 100 000
 * rows then hold a few thousand objects instead of hundreds of thousands, what keeps an import under 128 MB
 * (issue 16). Past its limit (a column of unique values) it stops remembering. One reading thread only.
 */
final class Interner {

	private final Map<Object, Object> known = new HashMap<>();
	private final int limit;

	Interner(int limit) {
		this.limit = limit;
	}

	@SuppressWarnings("unchecked")
	<T> T of(T value) {
		if (value == null || known.size() >= limit) {
			return value;
		}
		T earlier = (T) known.putIfAbsent(value, value);
		return earlier == null ? value : earlier;
	}
}
