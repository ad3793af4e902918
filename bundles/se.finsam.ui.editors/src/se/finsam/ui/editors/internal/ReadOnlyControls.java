package se.finsam.ui.editors.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * Locks a page built for editing so that it only shows: texts stay selectable (copy, scroll) but take no typing,
 * buttons and choices are off. Tables stay scrollable; their cells are not editable (see {@link ChildTable}).
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
		} else if (control instanceof Button button && (button.getStyle() & (SWT.PUSH | SWT.CHECK | SWT.RADIO)) != 0
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
