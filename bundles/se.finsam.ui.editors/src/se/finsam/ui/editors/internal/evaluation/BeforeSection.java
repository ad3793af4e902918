package se.finsam.ui.editors.internal.evaluation;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

import se.finsam.core.Formats;
import se.finsam.model.CodeEntry;
import se.finsam.model.codes.CodeLists;
import se.finsam.ui.CellEditing;
import se.finsam.ui.editors.internal.FittedTable;

/**
 * The BEFORE type case: the supports the group lives on (a support code and its share of the group) and the
 * resources one participant uses a year per actor. Changes go through {@link Edit}, like every field of the page.
 */
final class BeforeSection {

	/** Applies a change to the inputs' map and commits it. */
	interface Edit {
		void apply(java.util.function.Consumer<Map<String, Object>> change);
	}

	private static final String[] ACTORS = { "kommun", "region", "fk", "af" };

	private final TableViewer supports;
	private final FittedTable fitted;
	private final Text[] resources = new Text[ACTORS.length];
	/** The supports the calculation knows a payer for (the standard values' rules), from the code list. */
	private final List<CodeEntry> codes;

	BeforeSection(Composite parent, FormToolkit toolkit, Edit edit) {
		java.util.Set<String> known = supportCodes();
		codes = CodeLists.defaults().entries(CodeLists.SUPPORT).stream().filter(c -> known.contains(c.getCode())).toList();
		supports = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
		supports.getTable().setHeaderVisible(true);
		supports.getTable().setLinesVisible(true);
		supports.setContentProvider(ArrayContentProvider.getInstance());
		TableViewerColumn code = new TableViewerColumn(supports, SWT.LEFT);
		code.getColumn().setText(Messages.Before_support);
		code.getColumn().setWidth(260);
		code.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return label(String.valueOf(map(element).get("code")));
			}
		});
		String[] labels = codes.stream().map(CodeLists::label).toArray(String[]::new);
		code.setEditingSupport(CellEditing.choice(supports, labels, (Object element) -> {
			Object c = map(element).get("code");
			for (int i = 0; i < codes.size(); i++) {
				if (codes.get(i).getCode().equals(c)) {
					return i;
				}
			}
			return 0;
		}, (Object element, int chosen) -> {
			int row = index(element);
			edit.apply(root -> support(root, row).put("code", codes.get(chosen).getCode()));
		}));
		TableViewerColumn share = new TableViewerColumn(supports, SWT.RIGHT);
		share.getColumn().setText(Messages.Before_share);
		share.getColumn().setWidth(110);
		share.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return GroupsTable.text(map(element), "share");
			}
		});
		share.setEditingSupport(CellEditing.text(supports, null, (Object element) -> GroupsTable.text(map(element), "share"),
				(Object element, String text) -> {
					int row = index(element);
					try {
						Object fraction = GroupsTable.value("share", text);
						edit.apply(root -> support(root, row).put("share", fraction));
					} catch (ParseException e) {
						// not a number: the cell keeps its value
					}
				}));
		GridDataFactory.fillDefaults().span(2, 1).applyTo(supports.getControl());
		fitted = FittedTable.fit(supports.getTable(), 2, true);
		String[] labels2 = { Messages.Before_kommun, Messages.Before_region, Messages.Before_fk, Messages.Before_af };
		for (int i = 0; i < ACTORS.length; i++) {
			toolkit.createLabel(parent, labels2[i]);
			Text text = toolkit.createText(parent, "", SWT.BORDER);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
			String actor = ACTORS[i];
			text.addListener(SWT.FocusOut, e -> commitResource(edit, actor, text));
			text.addListener(SWT.DefaultSelection, e -> commitResource(edit, actor, text));
			resources[i] = text;
		}
	}

	private static java.util.Set<String> supportCodes() {
		try {
			return se.finsam.calc.StandardValues.defaults().supportCodes();
		} catch (se.finsam.calc.CalcException e) {
			return java.util.Set.of();
		}
	}

	private static void commitResource(Edit edit, String actor, Text text) {
		String typed = text.getText().replace("kr", "").strip();
		try {
			BigDecimal amount = typed.isEmpty() ? null : Formats.parseNumber(typed);
			edit.apply(root -> {
				Map<String, Object> r = resources(root);
				if (amount == null) {
					r.remove(actor);
				} else {
					r.put(actor, amount);
				}
			});
		} catch (ParseException e) {
			// not a number: refresh shows the stored value again
		}
	}

	void show(Map<String, Object> root) {
		List<Object> list = root == null ? List.of() : supportList(root);
		supports.setInput(list);
		fitted.refit();
		Map<String, Object> r = root == null ? Map.of() : resources(root);
		for (int i = 0; i < ACTORS.length; i++) {
			Object v = r.get(ACTORS[i]);
			String text = v instanceof BigDecimal d ? Formats.number(d) : "";
			if (!resources[i].isFocusControl() && !resources[i].getText().equals(text)) {
				resources[i].setText(text);
			}
			resources[i].setEnabled(root != null);
		}
	}

	void addSupport(Edit edit) {
		edit.apply(root -> supportList(root).add(new LinkedHashMap<>(Map.of("code", "EB", "share", BigDecimal.ZERO))));
	}

	void removeSupport(Edit edit) {
		int i = supports.getTable().getSelectionIndex();
		if (i >= 0) {
			edit.apply(root -> supportList(root).remove(i));
		}
	}

	private String label(String code) {
		return codes.stream().filter(c -> c.getCode().equals(code)).findFirst().map(CodeLists::label).orElse(code);
	}

	private int index(Object element) {
		return ((List<?>) supports.getInput()).indexOf(element);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object element) {
		return (Map<String, Object>) element;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> before(Map<String, Object> root) {
		Map<String, Object> cases = (Map<String, Object>) root.computeIfAbsent("typeCases", k -> new LinkedHashMap<>());
		return (Map<String, Object>) cases.computeIfAbsent("before", k -> new LinkedHashMap<>());
	}

	@SuppressWarnings("unchecked")
	private static List<Object> supportList(Map<String, Object> root) {
		Map<String, Object> before = before(root);
		Object list = before.get("supports");
		if (!(list instanceof ArrayList<?>)) {
			list = list instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>();
			before.put("supports", list);
		}
		return (List<Object>) list;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> support(Map<String, Object> root, int row) {
		return (Map<String, Object>) supportList(root).get(row);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> resources(Map<String, Object> root) {
		return (Map<String, Object>) before(root).computeIfAbsent("resources", k -> new LinkedHashMap<>());
	}
}
