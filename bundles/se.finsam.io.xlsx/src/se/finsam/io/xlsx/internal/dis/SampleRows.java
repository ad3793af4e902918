package se.finsam.io.xlsx.internal.dis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import se.finsam.core.Formats;
import se.finsam.io.xlsx.DisColumn;
import se.finsam.io.xlsx.ImportPreview.RowStatus;
import se.finsam.io.xlsx.ImportPreview.SampleRow;
import se.finsam.io.xlsx.internal.Messages;
import se.finsam.model.Gender;
import se.finsam.model.codes.CodeLists;
import se.finsam.model.personal.Personnummer;

/**
 * The rows the preview shows, the ones needing attention first: problems, then new, changed and unchanged rows, each
 * in sheet order. Cells are shown as the import understood them (a date as a date, whatever the sheet stored, a
 * code by its label), a cell that could not be read as it was written.
 */
final class SampleRows {

	static final int LIMIT = 100;
	private static final RowStatus[] ORDER = { RowStatus.INVALID, RowStatus.NEW, RowStatus.UPDATE,
			RowStatus.UNCHANGED };

	private SampleRows() {
	}

	/** The fields some sheet has, in the DIS form's order: the preview's columns. */
	static List<DisColumn> columns(List<Planned> planned) {
		Set<Layout> layouts = new LinkedHashSet<>();
		planned.forEach(p -> layouts.add(p.row.layout()));
		List<DisColumn> columns = new ArrayList<>();
		for (DisColumn column : DisColumn.values()) {
			if (layouts.stream().anyMatch(l -> l.has(column))) {
				columns.add(column);
			}
		}
		return columns;
	}

	static List<SampleRow> of(List<Planned> planned, List<DisColumn> columns, CodeLists codes) {
		List<SampleRow> rows = new ArrayList<>();
		for (RowStatus status : ORDER) {
			for (Planned p : planned) {
				if (rows.size() == LIMIT) {
					return rows;
				}
				if (p.status == status) {
					rows.add(new SampleRow(p.row.layout().sheet, p.row.row(), cells(p.row, columns, codes), status));
				}
			}
		}
		return rows;
	}

	private static List<String> cells(DisRow row, List<DisColumn> columns, CodeLists codes) {
		List<String> cells = new ArrayList<>(columns.size());
		for (DisColumn column : columns) {
			Object value = row.get(column);
			int index = row.layout().indexOf(column);
			if (value == null && row.raw() != null && index >= 0 && index < row.raw().length) {
				cells.add(row.raw()[index]); // not readable: as written, so she sees what to correct
			} else {
				cells.add(text(column, value, codes));
			}
		}
		return cells;
	}

	private static String text(DisColumn column, Object value, CodeLists codes) {
		String list = RowParser.list(column);
		return switch (value) {
		case null -> "";
		case java.time.LocalDate date -> Formats.date(date);
		case Boolean yes -> yes ? Messages.Sample_yes : Messages.Sample_no;
		case Gender gender -> switch (gender) {
		case FEMALE -> Messages.Sample_female;
		case MALE -> Messages.Sample_male;
		default -> Messages.Sample_unspecified;
		};
		case Integer n when column == DisColumn.EXTENT || column == DisColumn.EXTENT_AT_EXIT -> n + " %";
		case String s when column == DisColumn.PERSONNUMMER -> Personnummer.mask(s);
		case String s when list != null -> codes.label(list, s);
		default -> String.valueOf(value);
		};
	}
}
