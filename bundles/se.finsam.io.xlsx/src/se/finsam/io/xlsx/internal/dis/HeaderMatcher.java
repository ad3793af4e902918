package se.finsam.io.xlsx.internal.dis;

import java.util.HashMap;
import java.util.Map;

import se.finsam.io.xlsx.DisColumn;
import se.finsam.io.xlsx.ImportOptions;

/**
 * Which column a heading means: the user's own mapping first, then template plug-ins' synonyms, then ours; and for
 * a heading none of them knows, what becomes of it: kept as one of the förbund's extra attributes (personal or
 * not), left out, or refused until the user decides.
 */
final class HeaderMatcher {

	/** What happens to a column that is not one of ours. */
	enum Extra {
		/** Kept as an extra attribute that is not personal data. */
		PLAIN,
		/** Kept as an extra attribute that is personal data. */
		PERSONAL,
		/** Left out of the import. */
		IGNORED,
		/** Nobody decided: the import is refused until someone does. */
		UNKNOWN
	}

	private final Map<String, DisColumn> known = new HashMap<>();
	private final Map<String, Extra> extras = new HashMap<>();
	private final Map<String, String> names = new HashMap<>();

	/** @param definitions the förbund's extra attributes, by name: whether each is personal */
	HeaderMatcher(Map<String, String> userMapping, Map<String, Boolean> definitions) {
		for (DisColumn column : DisColumn.values()) {
			column.headers().forEach(h -> known.put(ImportOptions.normalize(h), column));
		}
		for (ColumnContributions.Synonyms s : ColumnContributions.all()) {
			s.headings().forEach(h -> known.put(ImportOptions.normalize(h), s.column()));
		}
		definitions.forEach((name, personal) -> {
			extras.put(ImportOptions.normalize(name), personal ? Extra.PERSONAL : Extra.PLAIN);
			names.put(ImportOptions.normalize(name), name);
		});
		userMapping.forEach((heading, id) -> {
			String key = ImportOptions.normalize(heading);
			DisColumn column = DisColumn.byId(id).orElse(null);
			if (column == null) {
				known.remove(key);
				extras.put(key, switch (id) {
				case ImportOptions.EXTRA_PERSONAL -> Extra.PERSONAL;
				case ImportOptions.IGNORE -> Extra.IGNORED;
				default -> Extra.PLAIN; // "" and EXTRA_PLAIN
				});
			} else {
				known.put(key, column);
				extras.remove(key);
			}
		});
	}

	/** The column, or null when it is not one of ours (then see {@link #extra}) or the heading is empty. */
	DisColumn match(String heading) {
		String key = ImportOptions.normalize(heading);
		return key.isEmpty() || extras.containsKey(key) ? null : known.get(key);
	}

	/** The name the förbund gave the extra attribute this heading is ("namn" is its "Namn"), else the heading. */
	String name(String heading) {
		return names.getOrDefault(ImportOptions.normalize(heading), heading);
	}

	/** What becomes of a column that is not one of ours. */
	Extra extra(String heading) {
		return extras.getOrDefault(ImportOptions.normalize(heading), Extra.UNKNOWN);
	}
}
