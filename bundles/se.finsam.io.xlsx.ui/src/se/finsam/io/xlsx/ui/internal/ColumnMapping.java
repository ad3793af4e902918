package se.finsam.io.xlsx.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import se.finsam.io.xlsx.DisColumn;
import se.finsam.io.xlsx.ImportOptions;
import se.finsam.ui.CellEditing;

/**
 * Each heading and what it is read as; the user picks another field, keeps a column of the förbund's own as an
 * extra attribute that is or is not personal data, or leaves it out, and reads again.
 */
final class ColumnMapping {

	/**
	 * @param column our field, or null
	 * @param extra for a heading that is not ours: the {@link ImportOptions} treatment, null while undecided
	 */
	record Entry(String sheet, String heading, DisColumn column, String extra) {
	}

	/** The choices before our fields, in the list's order; null: nobody decided yet. */
	private static final String[] EXTRAS = { null, ImportOptions.EXTRA_PERSONAL, ImportOptions.EXTRA_PLAIN,
			ImportOptions.IGNORE };

	private final TableViewer viewer;
	private final Map<String, String> mapping;

	/** @param changed told when the user chose: what was read no longer holds */
	ColumnMapping(Composite parent, Map<String, String> mapping, Runnable changed) {
		this.mapping = mapping;
		List<String> labels = new ArrayList<>();
		for (String extra : EXTRAS) {
			labels.add(label(extra));
		}
		for (DisColumn c : DisColumn.values()) {
			labels.add(c.header());
		}
		String[] choices = labels.toArray(String[]::new);
		Label hint = new Label(parent, SWT.WRAP);
		hint.setText(Messages.Mapping_hint);
		// Without a width the label is one line, cut at the dialog's edge.
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(hint);
		viewer = PreviewPage.table(parent);
		PreviewPage.column(viewer, Messages.Mapping_sheet, 140, o -> ((Entry) o).sheet());
		PreviewPage.column(viewer, Messages.Mapping_heading, 260, o -> ((Entry) o).heading());
		PreviewPage.column(viewer, Messages.Mapping_column, 300, o -> choices[current((Entry) o)])
				.setEditingSupport(CellEditing.choice(viewer, choices, this::current, (Entry e, int index) -> {
					String key = ImportOptions.normalize(e.heading());
					if (index == 0) {
						mapping.remove(key);
					} else {
						mapping.put(key, index < EXTRAS.length ? EXTRAS[index]
								: DisColumn.values()[index - EXTRAS.length].id());
					}
					viewer.update(e, null);
					changed.run();
				}));
	}

	/** The index of the user's choice when she made one, else of what the import understood. */
	private int current(Entry e) {
		String chosen = mapping.get(ImportOptions.normalize(e.heading()));
		if (chosen == null) {
			return e.column() != null ? EXTRAS.length + e.column().ordinal() : indexOf(e.extra());
		}
		return DisColumn.byId(chosen).map(c -> EXTRAS.length + c.ordinal())
				.orElseGet(() -> indexOf(chosen.isEmpty() ? ImportOptions.EXTRA_PLAIN : chosen));
	}

	private static int indexOf(String extra) {
		for (int i = 1; i < EXTRAS.length; i++) {
			if (EXTRAS[i].equals(extra)) {
				return i;
			}
		}
		return 0;
	}

	private static String label(String extra) {
		if (extra == null) {
			return Messages.Mapping_undecided;
		}
		return switch (extra) {
		case ImportOptions.EXTRA_PERSONAL -> Messages.Mapping_extraPersonal;
		case ImportOptions.IGNORE -> Messages.Mapping_ignore;
		default -> Messages.Mapping_extra;
		};
	}

	void show(List<Entry> entries) {
		viewer.setInput(entries);
	}
}
