package se.finsam.io.xlsx.internal.dis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import se.finsam.io.xlsx.DisColumn;
import se.finsam.io.xlsx.ImportOptions;

/** Which column a heading means: the user's own mapping first, then template plug-ins' synonyms, then ours. */
final class HeaderMatcher {

	private final Map<String, DisColumn> known = new HashMap<>();
	private final Set<String> extras = new HashSet<>();

	HeaderMatcher(Map<String, String> userMapping) {
		for (DisColumn column : DisColumn.values()) {
			column.headers().forEach(h -> known.put(ImportOptions.normalize(h), column));
		}
		for (ColumnContributions.Synonyms s : ColumnContributions.all()) {
			s.headings().forEach(h -> known.put(ImportOptions.normalize(h), s.column()));
		}
		userMapping.forEach((heading, id) -> {
			String key = ImportOptions.normalize(heading);
			DisColumn column = DisColumn.byId(id).orElse(null);
			if (column == null) {
				known.remove(key);
				extras.add(key);
			} else {
				known.put(key, column);
			}
		});
	}

	/** The column, or null for an extra attribute (or an empty heading). */
	DisColumn match(String heading) {
		String key = ImportOptions.normalize(heading);
		return key.isEmpty() || extras.contains(key) ? null : known.get(key);
	}
}
