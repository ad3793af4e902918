package se.finsam.io.xlsx.internal.dis;

import java.util.Arrays;
import java.util.List;

import se.finsam.core.Contribution;
import se.finsam.core.Contributions;
import se.finsam.io.xlsx.DisColumn;

/** The headings plug-ins add through the extension point {@code se.finsam.io.xlsx.columns}. */
final class ColumnContributions {

	record Synonyms(DisColumn column, List<String> headings) {
	}

	private static final Contributions<Synonyms> SYNONYMS = new Contributions<>("se.finsam.io.xlsx.columns",
			"headerSynonyms", c -> {
				String id = c.required("column");
				DisColumn column = DisColumn.byId(id).orElseThrow(() -> new Contribution.Broken("no column \"" + id + "\""));
				List<String> headings = Arrays.stream(c.required("synonyms").split("\\|")).map(String::strip)
						.filter(s -> !s.isEmpty()).toList();
				return new Synonyms(column, headings);
			});

	private ColumnContributions() {
	}

	static List<Synonyms> all() {
		return SYNONYMS.all();
	}
}
