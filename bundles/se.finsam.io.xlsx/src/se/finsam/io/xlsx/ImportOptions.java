package se.finsam.io.xlsx;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the user chose for an import.
 *
 * @param project the diarienummer rows without an {@code Insats} column (or with an empty cell) belong to; may be null
 * @param createProjects create projects that rows name by diarienummer but that do not exist yet
 * @param validRowsOnly store the valid rows even when others have problems (the preview lists which are left out);
 *        otherwise any problem stores nothing
 * @param mapping headings the user mapped by hand: normalised heading ({@link #normalize}) → {@link DisColumn#id()},
 *        or "" to keep the column as an extra attribute; overrides the built-in headings
 * @param today the date that counts as today for validation
 */
public record ImportOptions(String project, boolean createProjects, boolean validRowsOnly, Map<String, String> mapping,
		LocalDate today) {

	public ImportOptions {
		mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
		today = today == null ? LocalDate.now() : today;
	}

	public static ImportOptions defaults() {
		return new ImportOptions(null, false, false, Map.of(), null);
	}

	public ImportOptions withProject(String diarienummer) {
		return new ImportOptions(diarienummer, createProjects, validRowsOnly, mapping, today);
	}

	/**
	 * A heading as compared: lower case, anything but letters and digits as one space, trimmed ("Deltagar-ID" and
	 * " deltagar id " are the same).
	 */
	public static String normalize(String heading) {
		StringBuilder out = new StringBuilder(heading.length());
		boolean space = false;
		for (int i = 0; i < heading.length(); i++) {
			char c = heading.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				if (space && out.length() > 0) {
					out.append(' ');
				}
				out.append(Character.toLowerCase(c));
				space = false;
			} else {
				space = true;
			}
		}
		return out.toString();
	}
}
