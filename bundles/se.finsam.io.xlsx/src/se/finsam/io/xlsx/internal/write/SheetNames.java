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
		String safe = name.replaceAll("(?<=\\p{L}):(?=\\p{L})", "").replaceAll("\\s*:\\s+", " – ")
				.replaceAll("[?*\\[\\]]", "").replaceAll("[:/\\\\]", "-").strip();
		if (safe.length() <= max) {
			return safe;
		}
		String words = safe.replaceAll("\\s*\\([^)]*\\)", "").strip();
		if (words.length() > max) {
			int cut = words.lastIndexOf(' ', max);
			words = cut > 0 ? words.substring(0, cut) : "";
		}
		words = words.replaceAll("[\\s,;.\\-–]+$", "");
		for (int end; (end = words.lastIndexOf(' ')) > 0 && DANGLING.contains(words.substring(end + 1)
				.toLowerCase(Locale.ROOT));) {
			words = words.substring(0, end).replaceAll("[\\s,;.\\-–]+$", "");
		}
		return words.isEmpty() ? safe.substring(0, max).strip() : words;
	}

	private SheetNames() {
	}

	/**
	 * The sheets' names in order: each title made safe ({@link #safeName}); one that a sheet before it already has
	 * (Excel compares them regardless of case) gets " (2)", " (3)", … after as much of it as fits; one without a
	 * title is named by its place.
	 */
	public static List<String> of(List<String> titles) {
		List<String> names = new ArrayList<>(titles.size());
		Set<String> taken = new HashSet<>();
		for (String given : titles) {
			String title = given == null || given.isBlank() ? String.valueOf(names.size() + 1) : given; // its place
			String base = safeName(title, MAX_NAME);
			String name = base;
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
