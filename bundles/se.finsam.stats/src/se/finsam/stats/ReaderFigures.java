package se.finsam.stats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A project's statistics as a team server's readers see them ({@code se.finsam.store.FiguresForReaders}): the
 * tables of {@link ProjectStatistics#tables()} over the granted period up to the day of the save, small counts
 * already suppressed. Written as text, one line per heading, table, column row and cell row, tab-separated with
 * backslash escapes, so that the server keeps the figures without a parser of ours.
 */
public record ReaderFigures(String diarienummer, String name, LocalDate from, LocalDate to, List<StatTable> tables) {

	private static final String FORMAT = "finsam-reader-figures/1";

	/** The figures of a project whose content is loaded, suppressed as for the board. */
	public static ReaderFigures of(ProjectStatistics s) {
		if (!s.query().suppressSmallCounts()) {
			throw new IllegalArgumentException("Readers get suppressed figures only");
		}
		return new ReaderFigures(s.diarienummer(), s.name(), s.from(), s.to(), s.tables());
	}

	public String write() {
		StringBuilder out = new StringBuilder(FORMAT).append('\n');
		line(out, "P", diarienummer, name, from == null ? "" : from.toString(), to == null ? "" : to.toString());
		for (StatTable t : tables) {
			line(out, "T", t.id(), t.title(), t.totalRow() ? "1" : "0", t.note() == null ? "" : t.note());
			line(out, "H", t.columns().toArray(String[]::new));
			for (List<StatTable.Cell> row : t.rows()) {
				String[] cells = new String[row.size()];
				for (int i = 0; i < cells.length; i++) {
					StatTable.Cell c = row.get(i);
					cells[i] = c.kind().name() + ":" + (c.suppressed() ? "1" : "0") + ":"
							+ (c.value() == null ? "" : c.value().toPlainString()) + ":" + c.text();
				}
				line(out, "R", cells);
			}
		}
		return out.toString();
	}

	/** Reads what {@link #write()} wrote; a text of another form is refused. */
	public static ReaderFigures read(String text) {
		String[] lines = text.split("\n");
		if (lines.length < 2 || !lines[0].equals(FORMAT)) {
			throw new IllegalArgumentException("Not " + FORMAT);
		}
		List<String> head = fields(lines[1]);
		List<StatTable> tables = new ArrayList<>();
		Builder table = null;
		for (int i = 2; i < lines.length; i++) {
			List<String> f = fields(lines[i]);
			switch (f.get(0)) {
			case "T" -> {
				if (table != null) {
					tables.add(table.build());
				}
				table = new Builder(f.get(1), f.get(2), f.get(3).equals("1"), f.get(4).isEmpty() ? null : f.get(4));
			}
			case "H" -> table.columns.addAll(f.subList(1, f.size()));
			case "R" -> table.rows.add(f.subList(1, f.size()).stream().map(ReaderFigures::cell).toList());
			default -> throw new IllegalArgumentException("Line " + (i + 1) + " of " + FORMAT);
			}
		}
		if (table != null) {
			tables.add(table.build());
		}
		return new ReaderFigures(head.get(1), head.get(2), date(head.get(3)), date(head.get(4)), List.copyOf(tables));
	}

	private static final class Builder {
		final String id;
		final String title;
		final boolean totalRow;
		final String note;
		final List<String> columns = new ArrayList<>();
		final List<List<StatTable.Cell>> rows = new ArrayList<>();

		Builder(String id, String title, boolean totalRow, String note) {
			this.id = id;
			this.title = title;
			this.totalRow = totalRow;
			this.note = note;
		}

		StatTable build() {
			return new StatTable(id, title, List.copyOf(columns), List.copyOf(rows), totalRow, note);
		}
	}

	private static StatTable.Cell cell(String field) {
		String[] p = field.split(":", 4);
		return new StatTable.Cell(p[3], p[2].isEmpty() ? null : new BigDecimal(p[2]), StatTable.Kind.valueOf(p[0]),
				p[1].equals("1"));
	}

	private static LocalDate date(String s) {
		return s.isEmpty() ? null : se.finsam.core.Formats.isoDate(s);
	}

	private static void line(StringBuilder out, String type, String... fields) {
		out.append(type);
		for (String f : fields) {
			out.append('\t');
			String s = f == null ? "" : f;
			for (int i = 0; i < s.length(); i++) {
				char ch = s.charAt(i);
				switch (ch) {
				case '\\' -> out.append("\\\\");
				case '\t' -> out.append("\\t");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				default -> out.append(ch);
				}
			}
		}
		out.append('\n');
	}

	private static List<String> fields(String line) {
		List<String> out = new ArrayList<>();
		StringBuilder f = new StringBuilder();
		for (int i = 0; i < line.length(); i++) {
			char ch = line.charAt(i);
			if (ch == '\t') {
				out.add(f.toString());
				f.setLength(0);
			} else if (ch == '\\' && i + 1 < line.length()) {
				char next = line.charAt(++i);
				f.append(switch (next) {
				case 't' -> '\t';
				case 'n' -> '\n';
				case 'r' -> '\r';
				default -> next;
				});
			} else {
				f.append(ch);
			}
		}
		out.add(f.toString());
		return out;
	}
}
