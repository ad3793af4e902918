package se.finsam.model.validation;

import java.util.regex.Pattern;

import se.finsam.model.Association;

/**
 * How an association writes its diarienummer ({@link Association#getDiarienummerFormat()}): a pattern where
 * {@code ÅÅÅÅ} is the year, {@code ÅÅ} its last two digits, {@code N} a number of one to six digits, and anything
 * else is written as it stands. {@code ÅÅÅÅ:N} (the default) is 2014:35, {@code Dnr ÅÅÅÅ/N} is Dnr 2014/35,
 * {@code N-ÅÅ} is 35-14; {@code *} accepts any text. A short suffix is allowed after the pattern (2014:35a,
 * 2014:35-2), as some förbund number the parts of one decision so.
 */
public final class Diarienummer {

	public static final String DEFAULT = "ÅÅÅÅ:N";
	public static final String ANY = "*";
	/** The formats offered when a förbund is set up; any other pattern may be typed. */
	public static final String[] COMMON = { DEFAULT, "ÅÅÅÅ-N", "ÅÅÅÅ/N", "Dnr ÅÅÅÅ:N", "N/ÅÅÅÅ", ANY };
	private static final String SUFFIX = "([-/.]?[0-9A-Za-z]{1,4})?";

	private Diarienummer() {
	}

	/** The association's format, the default where it has none. */
	public static String formatOf(Association association) {
		String format = association == null ? null : association.getDiarienummerFormat();
		return format == null || format.isBlank() ? DEFAULT : format.strip();
	}

	/** Whether the text is a diarienummer in the format. */
	public static boolean matches(String format, String text) {
		if (text == null || text.isBlank()) {
			return false;
		}
		return ANY.equals(format.strip()) || pattern(format).matcher(text.strip()).matches();
	}

	/** Null when the format can be used, else why not (it must hold a number, N, or be *). */
	public static String problem(String format) {
		if (format == null || format.isBlank()) {
			return null;
		}
		String f = format.strip();
		return ANY.equals(f) || f.contains("N") ? null : Messages.Rule_diarienummerPattern;
	}

	/** A diarienummer in the format, for hints: number 35 of 2014. */
	public static String example(String format) {
		String f = format == null || format.isBlank() ? DEFAULT : format.strip();
		return ANY.equals(f) ? "2014:35" : f.replace("ÅÅÅÅ", "2014").replace("ÅÅ", "14").replace("N", "35");
	}

	static Pattern pattern(String format) {
		String f = format.strip();
		StringBuilder regex = new StringBuilder();
		for (int i = 0; i < f.length();) {
			if (f.startsWith("ÅÅÅÅ", i)) {
				regex.append("(19|20)\\d{2}");
				i += 4;
			} else if (f.startsWith("ÅÅ", i)) {
				regex.append("\\d{2}");
				i += 2;
			} else if (f.charAt(i) == 'N') {
				regex.append("\\d{1,6}");
				i++;
			} else if (Character.isWhitespace(f.charAt(i))) {
				regex.append("\\s*");
				i++;
			} else {
				regex.append(Pattern.quote(String.valueOf(f.charAt(i))));
				i++;
			}
		}
		return Pattern.compile(regex + SUFFIX, Pattern.CASE_INSENSITIVE);
	}
}
