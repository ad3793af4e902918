package se.finsam.plugins.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Where a p2 repository is: a text field for a folder, zip file or https address, with a button to pick a folder
 * and one to pick a zip file; picking one runs {@code chosen}. Takes one row of a four-column grid.
 */
final class RepositoryField {

	private final Text text;

	RepositoryField(Composite parent, Runnable chosen) {
		new Label(parent, SWT.NONE).setText(Messages.Dialog_repository);
		text = new Text(parent, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
		button(parent, Messages.Dialog_folder, () -> {
			String folder = new DirectoryDialog(parent.getShell()).open();
			if (folder != null) {
				text.setText(folder);
				chosen.run();
			}
		});
		button(parent, Messages.Dialog_zip, () -> {
			FileDialog dialog = new FileDialog(parent.getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.zip" });
			String zip = dialog.open();
			if (zip != null) {
				text.setText(zip);
				chosen.run();
			}
		});
	}

	/** What the user gave, trimmed; empty when nothing. */
	String value() {
		return text.getText().strip();
	}

	void set(String value) {
		text.setText(value == null ? "" : value);
	}

	static Button button(Composite parent, String label, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		button.addListener(SWT.Selection, e -> action.run());
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(button);
		return button;
	}
}
