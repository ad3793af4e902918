package se.finsam.stats.cli.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.finsam.stats.ReaderFigures;
import se.finsam.stats.StatTable;

/**
 * {@code ./finsam stats --json} for a team server's reader (shape in docs/stats-json.md): the published tables as
 * they are shown, each cell with its number where it has one; a hidden cell has no number.
 */
final class ReaderFiguresJson {

	private ReaderFiguresJson() {
	}

	static Map<String, Object> of(ReaderFigures f, Instant publishedAt) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("schema", "finsam-reader-figures/1");
		out.put("diarienummer", f.diarienummer());
		out.put("name", f.name());
		out.put("from", f.from());
		out.put("to", f.to());
		out.put("publishedAt", publishedAt.toString());
		out.put("suppressed", true);
		List<Object> tables = new ArrayList<>();
		for (StatTable t : f.tables()) {
			Map<String, Object> table = new LinkedHashMap<>();
			table.put("id", t.id());
			table.put("title", t.title());
			table.put("columns", t.columns());
			List<Object> rows = new ArrayList<>();
			for (List<StatTable.Cell> row : t.rows()) {
				List<Object> cells = new ArrayList<>();
				for (StatTable.Cell c : row) {
					Map<String, Object> cell = new LinkedHashMap<>();
					cell.put("text", c.text());
					cell.put("value", c.value());
					if (c.suppressed()) {
						cell.put("suppressed", true);
					}
					cells.add(cell);
				}
				rows.add(cells);
			}
			table.put("rows", rows);
			table.put("totalRow", t.totalRow());
			table.put("note", t.note());
			tables.add(table);
		}
		out.put("tables", tables);
		return out;
	}
}
