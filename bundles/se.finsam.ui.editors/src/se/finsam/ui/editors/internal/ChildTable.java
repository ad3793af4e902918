package se.finsam.ui.editors.internal;

import java.math.BigDecimal;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.databinding.observable.list.IObservableList;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.databinding.viewers.ObservableListContentProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import se.finsam.core.Formats;
import se.finsam.ui.CellEditing;

/**
 * An editable table of an object's children (earlier periods, goals): cells edited in place, rows added, removed
 * and moved; every change a command.
 */
public final class ChildTable {

	/** One column: a feature of the child and how it is written. */
	public record Column(String title, EStructuralFeature feature, Fields.Kind kind, int width) {
	}

	private final EditingContext context;
	private final EObject owner;
	private final EReference children;
	private final TableViewer viewer;

	public ChildTable(FormToolkit toolkit, Composite parent, EditingContext context, EObject owner, EReference children,
			List<Column> columns, Supplier<EObject> factory, int minRows) {
		this.context = context;
		this.owner = owner;
		this.children = children;
		Composite box = toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(box);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(box);
		viewer = new TableViewer(box, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		for (Column column : columns) {
			TableViewerColumn c = new TableViewerColumn(viewer, column.kind() == Fields.Kind.TEXT ? SWT.LEFT : SWT.RIGHT);
			c.getColumn().setText(column.title());
			c.getColumn().setWidth(column.width());
			c.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return format(((EObject) element).eGet(column.feature()));
				}

				/** A long goal or outcome is read whole where the pointer rests. */
				@Override
				public String getToolTipText(Object element) {
					String text = getText(element);
					return column.kind() == Fields.Kind.TEXT && text.length() > 30 ? text : null;
				}
			});
			if (!context.readOnly()) {
				c.setEditingSupport(editing(column));
			}
		}
		ColumnViewerToolTipSupport.enableFor(viewer);
		TableViewerEditor.create(viewer, new TableViewerFocusCellManager(viewer, new FocusCellOwnerDrawHighlighter(viewer)),
				new ColumnViewerEditorActivationStrategy(viewer), ColumnViewerEditor.TABBING_HORIZONTAL
						| ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.KEYBOARD_ACTIVATION);
		viewer.setContentProvider(new ObservableListContentProvider<>());
		@SuppressWarnings("unchecked")
		IObservableList<Object> list = (IObservableList<Object>) (IObservableList<?>) EMFEditProperties
				.list(context.domain(), children).observe(owner);
		viewer.setInput(list);
		FittedTable fitted = FittedTable.fit(viewer.getTable(), minRows,
				columns.stream().anyMatch(c -> c.kind() == Fields.Kind.TEXT));
		list.addListChangeListener(e -> fitted.refit());

		Composite buttons = toolkit.createComposite(box);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(buttons);
		button(toolkit, buttons, Messages.Table_add, Messages.Table_addTip, () -> {
			EObject child = factory.get();
			context.execute(AddCommand.create(context.domain(), owner, children, child));
			viewer.editElement(child, 0);
		});
		button(toolkit, buttons, Messages.Table_remove, Messages.Table_removeTip, () -> {
			List<?> selected = viewer.getStructuredSelection().toList();
			if (!selected.isEmpty()) {
				context.execute(RemoveCommand.create(context.domain(), owner, children, selected));
			}
		});
		button(toolkit, buttons, Messages.Table_up, Messages.Table_upTip, () -> move(-1));
		button(toolkit, buttons, Messages.Table_down, Messages.Table_downTip, () -> move(1));
	}

	public TableViewer viewer() {
		return viewer;
	}

	private void move(int delta) {
		Object selected = viewer.getStructuredSelection().getFirstElement();
		@SuppressWarnings("unchecked")
		List<Object> list = new ArrayList<>((List<Object>) owner.eGet(children));
		int index = list.indexOf(selected);
		int target = index + delta;
		if (selected != null && target >= 0 && target < list.size()) {
			context.execute(MoveCommand.create(context.domain(), owner, children, selected, target));
		}
	}

	private static void button(FormToolkit toolkit, Composite parent, String text, String tip, Runnable action) {
		Button b = toolkit.createButton(parent, text, SWT.PUSH);
		b.setToolTipText(tip);
		GridDataFactory.fillDefaults().applyTo(b);
		b.addListener(SWT.Selection, e -> action.run());
	}

	static String format(Object value) {
		if (value instanceof BigDecimal d) {
			return Formats.number(d);
		} else if (value instanceof LocalDate d) {
			return Formats.date(d);
		}
		return value == null ? "" : value.toString();
	}

	/** Editing a cell parses what was typed; what does not parse is refused with the cell's message. */
	private EditingSupport editing(Column column) {
		return CellEditing.text(viewer, value -> {
			try {
				parse(column.kind(), (String) value);
				return null;
			} catch (ParseException | ArithmeticException e) {
				return column.kind() == Fields.Kind.DATE ? Messages.Fields_date : Messages.Fields_number;
			}
		}, (EObject element) -> format(element.eGet(column.feature())), (EObject element, String text) -> {
			try {
				Object parsed = parse(column.kind(), text);
				Object old = element.eGet(column.feature());
				if (parsed == null ? old != null : !parsed.equals(old)) {
					context.execute(SetCommand.create(context.domain(), element, column.feature(), parsed));
				}
			} catch (ParseException | ArithmeticException e) {
				// the validator already refused it; the cell keeps its value
			}
		});
	}

	static Object parse(Fields.Kind kind, String text) throws ParseException {
		return switch (kind) {
		case DECIMAL -> Formats.parseNumber(text);
		case DATE -> Formats.parseDate(text);
		case INTEGER -> text == null || text.isBlank() ? null : Integer.valueOf(Formats.parseNumber(text).intValueExact());
		case TEXT -> text == null || text.isBlank() ? null : text.strip();
		};
	}
}
