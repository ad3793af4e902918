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
 * @param mapping headings the user mapped by hand: heading → {@link DisColumn#id()}, {@link #EXTRA_PERSONAL} or
 *        {@link #EXTRA_PLAIN} to keep the column as an extra attribute that is (or is not) personal data, or
 *        {@link #IGNORE} to leave it out; overrides the built-in headings. A heading nothing maps, and the förbund
 *        has no extra attribute of, is refused: free columns are often personal data (a name, a diagnosis)
 * @param today the date that counts as today for validation
 */
public record ImportOptions(String project, boolean createProjects, boolean validRowsOnly, Map<String, String> mapping,
		LocalDate today) {

	/** Keep the column as an extra attribute holding personal data: sealed, masked, erased by gallring. */
	public static final String EXTRA_PERSONAL = "extra:personal";
	/** Keep the column as an extra attribute that is not personal data ("" means the same). */
	public static final String EXTRA_PLAIN = "extra:plain";
	/** Leave the column out of the import. */
	public static final String IGNORE = "ignore";

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
