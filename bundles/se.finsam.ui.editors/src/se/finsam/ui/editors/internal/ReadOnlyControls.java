package se.finsam.ui.editors.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Locks a page built for editing so that it only shows: texts stay selectable (copy, scroll) but take no typing,
 * action buttons are hidden, choices are off. Tables stay scrollable; their cells are not editable (see {@link ChildTable}), and a
 * click on a table's check box puts the check back (a table cannot be disabled without losing its scroll bars).
 */
final class ReadOnlyControls {

	private ReadOnlyControls() {
	}

	static void lock(Control control) {
		if (control == null || control.isDisposed()) {
			return;
		}
		if (control instanceof Text text) {
			text.setEditable(false);
		} else if (control instanceof Table table && (table.getStyle() & SWT.CHECK) != 0) {
			table.addListener(SWT.Selection, e -> {
				if (e.detail == SWT.CHECK && e.item instanceof TableItem item && !item.isDisposed()) {
					item.setChecked(!item.getChecked());
				}
			});
		} else if (control instanceof Button button && (button.getStyle() & SWT.PUSH) != 0) {
			// Add, remove, move: actions she cannot take are not offered (a disabled button looks alike here).
			button.setEnabled(false);
			button.setVisible(false);
			org.eclipse.swt.layout.GridData data = button.getLayoutData() instanceof org.eclipse.swt.layout.GridData d ? d
					: button.getParent().getLayout() instanceof org.eclipse.swt.layout.GridLayout
							? new org.eclipse.swt.layout.GridData() : null;
			if (data != null) {
				data.exclude = true; // no gap where it was
				button.setLayoutData(data);
			}
		} else if (control instanceof Button button && (button.getStyle() & (SWT.CHECK | SWT.RADIO)) != 0
				|| control instanceof Combo || control instanceof CCombo || control instanceof DateTime
				|| control instanceof Spinner) {
			control.setEnabled(false);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				lock(child);
			}
		}
	}
}
