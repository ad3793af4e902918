package se.finsam.privacy.ui.internal;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

import se.finsam.ui.Session;

/** What the privacy dialogs share: a resizable titled dialog over the session, and results shown when a Job ends. */
abstract class PrivacyDialog extends TitleAreaDialog {

	final Session session;
	private final String title;

	PrivacyDialog(Shell parent, Session session, String title) {
		super(parent);
		this.session = session;
		this.title = title;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	/** The dialog's area with its title and message: a grid of this many columns, for a list under the fields. */
	Composite body(Composite parent, String message, int columns, int height) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(title);
		setMessage(message);
		Composite c = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(columns).margins(12, 12).spacing(10, 8).applyTo(c);
		GridDataFactory.fillDefaults().grab(true, true).hint(760, height).applyTo(c);
		return c;
	}

	/** A composite spanning the grid's columns, for a table to fill. */
	static Composite list(Composite grid, int columns) {
		Composite list = new Composite(grid, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(list);
		GridDataFactory.fillDefaults().span(columns, 1).grab(true, true).applyTo(list);
		return list;
	}

	/** Runs on the UI thread unless the dialog was closed meanwhile. */
	void later(Runnable r) {
		Shell shell = getShell();
		if (shell != null && !shell.isDisposed()) {
			shell.getDisplay().asyncExec(() -> {
				if (!shell.isDisposed()) {
					r.run();
				}
			});
		}
	}
}
