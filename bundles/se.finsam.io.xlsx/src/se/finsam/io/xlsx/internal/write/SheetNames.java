package se.finsam.io.xlsx.internal.write;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The names of a workbook's sheets, from their tables' titles ({@link se.finsam.io.xlsx.TableSheet#sheetNames}). */
public final class SheetNames {

	/** Excel's limit on a sheet's name. */
	private static final int MAX_NAME = 31;

	/** Words a shortened name does not end with: "Försörjning vid start och vid" reads as cut off. */
	private static final Set<String> DANGLING = Set.of("och", "eller", "vid", "i", "av", "för", "till", "med", "efter",
			"per", "om", "på", "från", "som", "samt", "and", "or", "at", "of", "in", "for", "to", "with", "by",
			"from");

	/**
	 * A sheet's name from a table's title: none of Excel's forbidden []:*?/\ (RAR:s becomes RARs, "Mål: utfall" "Mål
	 * – utfall", a closing question mark goes), at most {@code max} characters. A longer title loses its parentheses
	 * first, then words from its end, never ending in the middle of one or on a word like "och": "Försörjning vid
	 * start (rader) och vid avslut (kolumner)" becomes "Försörjning vid start".
	 */
	static String safeName(String name, int max) {
		String safe = clean(name);
		if (safe.length() <= max) {
			return safe;
		}
		String words = withoutParentheses(safe);
		if (words.length() > max) {
			int cut = words.lastIndexOf(' ', max);
			words = cut > 0 ? words.substring(0, cut) : "";
		}
		words = trimEnd(words);
		for (int end; (end = words.lastIndexOf(' ')) > 0 && dangling(words.substring(end + 1));) {
			words = trimEnd(words.substring(0, end));
		}
		return words.isEmpty() ? safe.substring(0, max).strip() : words;
	}

	/**
	 * The end of a title, for a sheet whose name begins as an earlier one's: the longest run of its last words
	 * (two at least) that fits, not beginning on a word like "efter", with a capital. "Resultat efter
	 * avslutsorsak, kvinnor och män" beside "Resultat efter avslutsorsak" becomes "Avslutsorsak, kvinnor och män",
	 * which says what the sheet holds where "Resultat efter avslutsorsak (2)" did not. Empty when none fits.
	 */
	static String tail(String title, int max) {
		String[] words = withoutParentheses(clean(title)).split("\\s+");
		for (int from = 1; from <= words.length - 2; from++) {
			if (dangling(words[from])) {
				continue;
			}
			String end = trimEnd(String.join(" ", List.of(words).subList(from, words.length)))
					.replaceFirst("^[\\s,;.\\-–]+", "");
			if (!end.isEmpty() && end.length() <= max) {
				return end.substring(0, 1).toUpperCase(Locale.ROOT) + end.substring(1);
			}
		}
		return "";
	}

	private static String clean(String name) {
		return name.replaceAll("(?<=\\p{L}):(?=\\p{L})", "").replaceAll("\\s*:\\s+", " – ")
				.replaceAll("[?*\\[\\]]", "").replaceAll("[:/\\\\]", "-").strip();
	}

	private static String withoutParentheses(String name) {
		return name.replaceAll("\\s*\\([^)]*\\)", "").strip();
	}

	private static String trimEnd(String words) {
		return words.replaceAll("[\\s,;.\\-–]+$", "");
	}

	private static boolean dangling(String word) {
		return DANGLING.contains(word.toLowerCase(Locale.ROOT));
	}

	private SheetNames() {
	}

	/**
	 * The sheets' names in order: each title made safe ({@link #safeName}); one that a sheet before it already has
	 * (Excel compares them regardless of case) is named by its title's end ({@link #tail}) where the title had to be
	 * shortened and that end is free, else
	 * gets " (2)", " (3)", … after as much of it as fits; one without a title is named by its place.
	 */
	public static List<String> of(List<String> titles) {
		List<String> names = new ArrayList<>(titles.size());
		Set<String> taken = new HashSet<>();
		for (String given : titles) {
			String title = given == null || given.isBlank() ? String.valueOf(names.size() + 1) : given; // its place
			String base = safeName(title, MAX_NAME);
			String name = base;
			// only a shortened title can differ from the earlier one after the cut; a whole one is the same table
			if (taken.contains(name.toLowerCase(Locale.ROOT)) && !base.equals(clean(title))) {
				String end = tail(title, MAX_NAME);
				if (!end.isEmpty() && !taken.contains(end.toLowerCase(Locale.ROOT))) {
					name = end;
				}
			}
			for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
				String suffix = " (" + n + ")";
				name = (base.length() + suffix.length() <= MAX_NAME ? base
						: safeName(base, MAX_NAME - suffix.length())) + suffix;
			}
			taken.add(name.toLowerCase(Locale.ROOT));
			names.add(name);
		}
		return names;
	}
}
