package se.finsam.io.xlsx.internal.write;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

import se.finsam.io.xlsx.TableSheet;
import se.finsam.io.xlsx.TableSheet.Kind;

/**
 * Which text columns of a sheet go to the workbook's shared strings, as Excel writes them: those whose values
 * repeat (code-list labels, Ja/Nej, the project) — a fifth of the inline XML of a participant export, so less to
 * write, compress and read back. A column of mostly unique values (codes, personnummer, notes) stays inline: the
 * shared strings are held in memory by every reader, ours included, which limits how many it takes.
 */
final class SharedText {

	/** At most this many different values for a column to be shared. */
	private static final int MAX_DISTINCT = 1_000;

	private final boolean[] shared;
	private final Map<String, Integer> indexes;

	private SharedText(boolean[] shared, Map<String, Integer> indexes) {
		this.shared = shared;
		this.indexes = indexes;
	}

	/** Chooses the columns and adds their values to the table (which POI writes before the sheets). */
	static SharedText of(TableSheet table, SharedStringsTable strings, Map<String, Integer> indexes) {
		List<TableSheet.Column> columns = table.columns();
		boolean[] shared = new boolean[columns.size()];
		for (int c = 0; c < shared.length; c++) {
			if (columns.get(c).kind() != Kind.TEXT) {
				continue;
			}
			Map<String, Integer> values = distinct(table, c);
			// Shared only where values repeat: a table of mostly unique values gains nothing and costs memory.
			if (values != null && values.size() * 2 <= table.rows().size()) {
				shared[c] = true;
				values.keySet().forEach(v -> indexes.computeIfAbsent(v,
						k -> strings.addSharedStringItem(new XSSFRichTextString(k))));
			}
		}
		return new SharedText(shared, indexes);
	}

	/** The column's different text values, or null when there are more than {@link #MAX_DISTINCT}. */
	private static Map<String, Integer> distinct(TableSheet table, int column) {
		Map<String, Integer> values = new HashMap<>();
		for (List<Object> row : table.rows()) {
			Object value = column < row.size() ? row.get(column) : null;
			if (value instanceof String s && values.putIfAbsent(s, 0) == null && values.size() > MAX_DISTINCT) {
				return null;
			}
		}
		return values;
	}

	boolean isShared(int column) {
		return shared[column];
	}

	int index(String value) {
		return indexes.get(value);
	}
}
