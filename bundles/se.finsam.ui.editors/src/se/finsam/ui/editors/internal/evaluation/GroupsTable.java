package se.finsam.ui.editors.internal.evaluation;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import se.finsam.core.Formats;
import se.finsam.ui.CellEditing;
import se.finsam.ui.editors.internal.FittedTable;

/**
 * The AFTER outcome groups, one row each: name, share of the participants, work, wage subsidy, change in resource
 * use, deadweight and yearly drop-off, shown and typed as percentages.
 */
final class GroupsTable {

	private static final String[] KEYS = { "name", "share", "workExtent", "wageSubsidy", "resourceChange", "deadweight",
			"dropOff" };

	private final TableViewer viewer;
	private final FittedTable fitted;

	/** @param changed called with (row, key, value) when the user typed a new value */
	GroupsTable(Composite parent, TriConsumer changed) {
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		String[] titles = { Messages.Groups_name, Messages.Groups_share, Messages.Groups_work, Messages.Groups_subsidy,
				Messages.Groups_resources, Messages.Groups_deadweight, Messages.Groups_dropOff };
		for (int i = 0; i < KEYS.length; i++) {
			String key = KEYS[i];
			TableViewerColumn column = new TableViewerColumn(viewer, i == 0 ? SWT.LEFT : SWT.RIGHT);
			column.getColumn().setText(titles[i]);
			column.getColumn().setWidth(i == 0 ? 200 : 92);
			column.setLabelProvider(new ColumnLabelProvider() {
				@SuppressWarnings("unchecked")
				@Override
				public String getText(Object element) {
					return text((Map<String, Object>) element, key);
				}
			});
			column.setEditingSupport(CellEditing.text(viewer, null, (Map<String, Object> group) -> text(group, key),
					(Map<String, Object> group, String text) -> changed
							.accept(((List<?>) viewer.getInput()).indexOf(group), key, text)));
		}
		GridDataFactory.fillDefaults().span(2, 1).applyTo(viewer.getControl());
		fitted = FittedTable.fit(viewer.getTable(), 2, true);
	}

	/** Receives an edit. */
	interface TriConsumer {
		void accept(int row, String key, String text);
	}

	void show(List<Object> groups) {
		viewer.setInput(groups);
		fitted.refit();
	}

	TableViewer viewer() {
		return viewer;
	}

	static String text(Map<String, Object> group, String key) {
		Object v = EvaluationJson.get(group, key);
		if (key.equals("name")) {
			return v == null ? "" : String.valueOf(v);
		}
		return v instanceof BigDecimal d ? Formats.number(d.movePointRight(2)) : "0";
	}

	/** The value to store for what the user typed: text for the name, a fraction for "30" (percent). */
	static Object value(String key, String text) throws ParseException {
		if (key.equals("name")) {
			return text.strip();
		}
		return Formats.parseNumber(text.replace("%", "").strip()).movePointLeft(2);
	}
}
