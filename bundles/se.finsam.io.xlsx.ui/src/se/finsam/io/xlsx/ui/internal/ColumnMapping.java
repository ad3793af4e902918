package se.finsam.io.xlsx.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import se.finsam.io.xlsx.DisColumn;
import se.finsam.io.xlsx.ImportOptions;
import se.finsam.ui.CellEditing;

/** Each heading and what it is read as; the user picks another column (or "extra attribute") and reads again. */
final class ColumnMapping {

	record Entry(String sheet, String heading, DisColumn column) {
	}

	private final TableViewer viewer;
	private final Map<String, String> mapping;
	private final String[] choices;

	ColumnMapping(Composite parent, Map<String, String> mapping) {
		this.mapping = mapping;
		List<String> labels = new ArrayList<>();
		labels.add(Messages.Mapping_extra);
		for (DisColumn c : DisColumn.values()) {
			labels.add(c.header());
		}
		choices = labels.toArray(String[]::new);
		new Label(parent, SWT.WRAP).setText(Messages.Mapping_hint);
		viewer = PreviewPage.table(parent);
		PreviewPage.column(viewer, Messages.Mapping_sheet, 140, o -> ((Entry) o).sheet());
		PreviewPage.column(viewer, Messages.Mapping_heading, 260, o -> ((Entry) o).heading());
		PreviewPage.column(viewer, Messages.Mapping_column, 260, o -> label(current((Entry) o)))
				.setEditingSupport(CellEditing.choice(viewer, choices, (Entry e) -> {
					DisColumn c = current(e);
					return c == null ? 0 : c.ordinal() + 1;
				}, (Entry e, int index) -> {
					mapping.put(ImportOptions.normalize(e.heading()), index == 0 ? "" : DisColumn.values()[index - 1].id());
					viewer.update(e, null);
				}));
	}

	/** The user's choice when she made one, else what the import understood. */
	private DisColumn current(Entry e) {
		String chosen = mapping.get(ImportOptions.normalize(e.heading()));
		return chosen == null ? e.column() : DisColumn.byId(chosen).orElse(null);
	}

	private static String label(DisColumn c) {
		return c == null ? Messages.Mapping_extra : c.header();
	}

	void show(List<Entry> entries) {
		viewer.setInput(entries);
	}
}
