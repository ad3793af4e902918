package se.finsam.io.xlsx.internal.dis;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import se.finsam.io.xlsx.CellProblem;
import se.finsam.io.xlsx.DisColumn;
import se.finsam.io.xlsx.ImportOptions;
import se.finsam.io.xlsx.ImportPreview;
import se.finsam.io.xlsx.ImportProgress;
import se.finsam.io.xlsx.internal.Messages;
import se.finsam.io.xlsx.internal.read.RowSink;
import se.finsam.io.xlsx.internal.read.SheetRow;
import se.finsam.model.personal.Personnummer;

/**
 * Finds each sheet's heading row (among its first rows: the one naming a participant column and at least one other
 * we know; a merged group heading in the row above, as in "Försörjning" over "vid start" and "vid avslut", is read
 * with it), then parses every following row as it streams past.
 */
final class DisSink implements RowSink {

	private static final int HEADER_SEARCH_ROWS = 20;

	private final HeaderMatcher matcher;
	private final RowParser parser;
	private final ImportProgress progress;

	final List<ImportPreview.Sheet> sheets = new ArrayList<>();
	/** Every row read, unless a {@link #listener} takes them (a streaming import keeps only what it needs). */
	final List<DisRow> rows = new ArrayList<>();
	private int read;
	final List<CellProblem> problems = new ArrayList<>();
	/** Headings nothing maps and the förbund has no extra attribute of: refused until the user decides. */
	final java.util.Set<String> unknownColumns = new java.util.LinkedHashSet<>();
	/** The columns kept as extra attributes: heading → whether it is personal. */
	final java.util.Map<String, Boolean> keptColumns = new java.util.LinkedHashMap<>();

	/** Told of each row as it is parsed, on the reading thread (a streaming import). */
	java.util.function.Consumer<DisRow> listener;

	private String sheet;
	private boolean date1904;
	private Layout layout;
	private SheetRow previous;
	private int searched;

	DisSink(HeaderMatcher matcher, RowParser parser, ImportProgress progress) {
		this.matcher = matcher;
		this.parser = parser;
		this.progress = progress;
	}

	@Override
	public void startSheet(String name, boolean date1904) {
		finishSheet();
		this.sheet = name;
		this.date1904 = date1904;
		this.layout = null;
		this.previous = null;
		this.searched = 0;
	}

	@Override
	public void row(SheetRow row) {
		if (layout == null) {
			if (searched++ < HEADER_SEARCH_ROWS) {
				layout = header(row);
				previous = row;
			}
			return;
		}
		if (isTotals(row)) {
			return;
		}
		List<CellProblem> found = new ArrayList<>(0);
		Object[] values = parser.parse(layout, row, found);
		String[] extras = new String[layout.extraColumns.length];
		for (int e = 0; e < extras.length; e++) {
			String text = row.text(layout.extraColumns[e]);
			extras[e] = text == null || text.isEmpty() ? text : shared.of(text);
		}
		problems.addAll(found);
		DisRow parsed = new DisRow(layout, row.number(), values, extras, found.isEmpty(), found.isEmpty() ? null : raw(row));
		read++;
		if (listener != null) {
			listener.accept(parsed);
		} else {
			rows.add(parsed);
		}
		if (read % 1000 == 0) {
			progress.rowsRead(read);
		}
	}

	/** The förbund's own columns repeat a few values (a caseworker, a municipality) on every row. */
	private final Interner shared = new Interner(20_000);

	@Override
	public boolean cancelled() {
		return progress.cancelled();
	}

	/** The data rows read so far. */
	int rowsRead() {
		return read;
	}

	/** Called once more after the last sheet. */
	void finishSheet() {
		if (sheet != null && layout == null) {
			sheets.add(new ImportPreview.Sheet(sheet, 0, List.of(), List.of(), List.of()));
		}
		sheet = null;
	}

	private Layout header(SheetRow row) {
		String[] headings = new String[row.size()];
		DisColumn[] columns = new DisColumn[row.size()];
		int known = 0;
		boolean participant = false;
		HeaderMatcher.Extra[] extras = new HeaderMatcher.Extra[row.size()];
		for (int i = 0; i < row.size(); i++) {
			headings[i] = row.text(i);
			DisColumn column = matcher.match(headings[i]);
			if (column == null && !headings[i].isEmpty() && previous != null) {
				String group = group(i);
				column = group.isEmpty() ? null : matcher.match(group + " " + headings[i]);
				if (column != null) {
					headings[i] = group + " " + headings[i];
				}
			}
			columns[i] = column;
			if (column != null) {
				known++;
				participant |= column == DisColumn.CODE || column == DisColumn.PERSONNUMMER;
			}
		}
		if (!participant || known < 2) {
			return null;
		}
		for (int i = 0; i < columns.length; i++) {
			if (columns[i] == null && !headings[i].isBlank()) {
				extras[i] = matcher.extra(headings[i]);
				if (extras[i] == HeaderMatcher.Extra.UNKNOWN) {
					unknownColumns.add(headings[i]);
					problems.add(new CellProblem(sheet, CellProblem.columnName(i) + row.number(), headings[i],
							NLS.bind(Messages.Dis_unknownColumn, headings[i]), row.number()));
				} else if (extras[i] != HeaderMatcher.Extra.IGNORED) {
					headings[i] = matcher.name(headings[i]);
					keptColumns.put(headings[i], extras[i] == HeaderMatcher.Extra.PERSONAL);
				}
			}
		}
		Layout found = new Layout(sheet, row.number(), headings, columns, extras, date1904);
		for (int i = 0; i < columns.length; i++) {
			if (columns[i] != null && found.indexOf(columns[i]) != i) {
				String first = CellProblem.columnName(found.indexOf(columns[i])) + row.number();
				problems.add(new CellProblem(sheet, CellProblem.columnName(i) + row.number(), headings[i],
						NLS.bind(Messages.Dis_duplicateColumn, columns[i].header(), first), row.number()));
			}
		}
		sheets.add(new ImportPreview.Sheet(sheet, row.number(), List.of(headings), java.util.Arrays.asList(columns),
				java.util.Arrays.stream(extras).map(DisSink::option).toList()));
		return found;
	}

	/** The totals row our exports end a sheet with ("Totalt" where the code would be). */
	private boolean isTotals(SheetRow row) {
		int code = layout.indexOf(DisColumn.CODE);
		String text = code < 0 ? "" : row.text(code);
		return text.equalsIgnoreCase("Totalt") || text.equalsIgnoreCase("Total") || text.equalsIgnoreCase("Summa");
	}

	/** The group heading over column i: the nearest text at or left of it in the row above (a merged cell). */
	private String group(int i) {
		for (int c = Math.min(i, previous.size() - 1); c >= 0; c--) {
			if (!previous.text(c).isEmpty()) {
				return previous.text(c);
			}
		}
		return "";
	}

	private String[] raw(SheetRow row) {
		String[] cells = new String[layout.columns.length];
		for (int i = 0; i < cells.length; i++) {
			String text = row.shown(i);
			cells[i] = layout.columns[i] == DisColumn.PERSONNUMMER && !text.isEmpty() ? Personnummer.mask(text) : text;
		}
		return cells;
	}

	/** The import option a column's treatment is (null for our own columns and undecided ones). */
	private static String option(HeaderMatcher.Extra extra) {
		if (extra == null) {
			return null;
		}
		return switch (extra) {
		case PERSONAL -> ImportOptions.EXTRA_PERSONAL;
		case PLAIN -> ImportOptions.EXTRA_PLAIN;
		case IGNORED -> ImportOptions.IGNORE;
		case UNKNOWN -> null;
		};
	}
}
