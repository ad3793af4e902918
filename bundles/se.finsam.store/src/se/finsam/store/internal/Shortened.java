package se.finsam.store.internal;

/** Texts the store records about an act (a file's name, a folder) held to their columns rather than refused. */
public final class Shortened {

	private Shortened() {
	}

	/**
	 * The text, or when longer than {@code max} its start and end (which name a file or folder best) around a "…";
	 * never half of a character's surrogate pair.
	 */
	public static String middle(String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		int head = (max - 1) * 3 / 4;
		int tail = max - 1 - head;
		if (Character.isHighSurrogate(text.charAt(head - 1))) {
			head--;
		}
		if (Character.isLowSurrogate(text.charAt(text.length() - tail))) {
			tail--;
		}
		return text.substring(0, head) + '\u2026' + text.substring(text.length() - tail);
	}
}
