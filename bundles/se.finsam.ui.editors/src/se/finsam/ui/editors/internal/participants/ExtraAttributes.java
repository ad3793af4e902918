package se.finsam.ui.editors.internal.participants;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import se.finsam.model.FinsamPackage.Literals;
import se.finsam.model.Participant;
import se.finsam.ui.CellEditing;
import se.finsam.ui.editors.internal.EditingContext;
import se.finsam.ui.editors.internal.FittedTable;
import se.finsam.ui.editors.internal.Messages;

/**
 * The columns a förbund adds to its participants (key and value), edited as commands. A value the förbund defined as
 * personal data is masked like the personnummer, and shown and edited only while the user has revealed it.
 */
final class ExtraAttributes {

	private final TableViewer viewer;
	private final FittedTable fitted;
	private final IObservableValue<Participant> current;
	private final EditingContext context;
	private final Predicate<String> personal;
	private final BooleanSupplier revealed;

	/**
	 * @param personal whether an attribute (by name) is personal data
	 * @param revealed whether the user revealed the participant's personal data
	 */
	ExtraAttributes(Composite parent, FormToolkit toolkit, EditingContext context, IObservableValue<Participant> current,
			Predicate<String> personal, BooleanSupplier revealed) {
		this.context = context;
		this.current = current;
		this.personal = personal;
		this.revealed = revealed;
		Composite box = toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(box);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(box);
		viewer = new TableViewer(box, SWT.BORDER | SWT.FULL_SELECTION);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column(Messages.Details_extraKey, EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY__KEY, 120);
		column(Messages.Details_extraValue, EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY__VALUE, 160);
		fitted = FittedTable.fit(viewer.getTable(), 2, true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Composite buttons = toolkit.createComposite(box);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		Button add = toolkit.createButton(buttons, Messages.Table_add, SWT.PUSH);
		add.setToolTipText(Messages.Table_addTip);
		add.addListener(SWT.Selection, e -> {
			Participant p = current.getValue();
			if (p != null) {
				Object entry = EcoreUtil.create(EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY);
				((org.eclipse.emf.ecore.EObject) entry).eSet(EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY__KEY,
						Messages.Details_extraNew);
				context.execute(AddCommand.create(context.domain(), p, Literals.PARTICIPANT__EXTRA_ATTRIBUTES, entry));
			}
		});
		Button remove = toolkit.createButton(buttons, Messages.Table_remove, SWT.PUSH);
		remove.setToolTipText(Messages.Table_removeTip);
		remove.addListener(SWT.Selection, e -> {
			Participant p = current.getValue();
			Object selected = viewer.getStructuredSelection().getFirstElement();
			if (p != null && selected != null) {
				context.execute(RemoveCommand.create(context.domain(), p, Literals.PARTICIPANT__EXTRA_ATTRIBUTES,
						List.of(selected)));
			}
		});
		current.addValueChangeListener(e -> refresh());
		context.onChange(viewer.getControl(), this::refresh);
	}

	void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		Participant p = current.getValue();
		viewer.setInput(p == null ? List.of() : List.copyOf(p.getExtraAttributes()));
		fitted.refit();
	}

	/** The text in the cell: a personal value masked until revealed. */
	private String shown(org.eclipse.emf.ecore.EObject entry, org.eclipse.emf.ecore.EAttribute feature) {
		Object value = entry.eGet(feature);
		if (value == null) {
			return "";
		}
		return masked(entry, feature) ? MASK : value.toString();
	}

	private boolean masked(org.eclipse.emf.ecore.EObject entry, org.eclipse.emf.ecore.EAttribute feature) {
		Object key = entry.eGet(EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY__KEY);
		return feature == EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY__VALUE && key != null
				&& personal.test(key.toString()) && !revealed.getAsBoolean();
	}

	private static final String MASK = "\u2022\u2022\u2022\u2022\u2022\u2022";

	private void column(String title, org.eclipse.emf.ecore.EAttribute feature, int width) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> shown((org.eclipse.emf.ecore.EObject) o, feature)));
		c.setEditingSupport(CellEditing.text(viewer, null, (org.eclipse.emf.ecore.EObject e) -> shown(e, feature),
				(org.eclipse.emf.ecore.EObject e, String value) -> {
			if (!masked(e, feature) && !value.equals(e.eGet(feature))) {
				context.execute(SetCommand.create(context.domain(), e, feature, value));
			}
		}));
	}
}
