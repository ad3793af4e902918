package se.finsam.ui.internal.session;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import se.finsam.ui.internal.Messages;

/** Asks for the password of the key store: chosen twice the first time, typed once afterwards. */
final class StoragePasswordDialog extends TitleAreaDialog {

	static final int MIN_LENGTH = 8;

	private final boolean create;
	private final String problem;
	private Text password;
	private Text repeat;
	private char[] result;

	StoragePasswordDialog(boolean create, String problem) {
		super((Shell) null);
		this.create = create;
		this.problem = problem;
	}

	/** The password, or null when the user cancelled. */
	char[] ask() {
		setBlockOnOpen(true);
		return open() == OK ? result : null;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.StoragePassword_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(create ? Messages.StoragePassword_createTitle : Messages.StoragePassword_enterTitle);
		setMessage(problem != null ? problem : create ? Messages.StoragePassword_createMessage
				: Messages.StoragePassword_enterMessage, problem != null ? IMessageProvider.ERROR : IMessageProvider.INFORMATION);
		Composite c = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(10, 8).applyTo(c);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
		new Label(c, SWT.NONE).setText(Messages.StoragePassword_password);
		password = new Text(c, SWT.BORDER | SWT.PASSWORD);
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(password);
		if (create) {
			new Label(c, SWT.NONE).setText(Messages.StoragePassword_repeat);
			repeat = new Text(c, SWT.BORDER | SWT.PASSWORD);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(repeat);
			repeat.addModifyListener(e -> validate());
		}
		Label note = new Label(c, SWT.WRAP);
		note.setText(Messages.StoragePassword_note);
		GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(note);
		password.addModifyListener(e -> validate());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setEnabled(false);
	}

	private void validate() {
		String error = null;
		if (create && password.getText().length() < MIN_LENGTH) {
			error = Messages.StoragePassword_tooShort;
		} else if (create && !password.getText().equals(repeat.getText())) {
			error = Messages.StoragePassword_differ;
		} else if (password.getText().isEmpty()) {
			error = "";
		}
		setErrorMessage(error == null || error.isEmpty() ? null : error);
		getButton(IDialogConstants.OK_ID).setEnabled(error == null);
	}

	@Override
	protected void okPressed() {
		result = password.getText().toCharArray();
		super.okPressed();
	}
}
