package se.finsam.ui.internal.session;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;
import se.finsam.ui.HelpTopics;
import se.finsam.ui.internal.Messages;

/**
 * The one dialog for the database password, in Swedish. Creating: the password twice, and Spara
 * återställningsnyckel… (a key file to keep elsewhere, which opens the database without the password). Opening:
 * the password, or Använd återställningsnyckel…; a wrong one is asked for again with the reason.
 */
public final class DatabasePasswordDialog extends TitleAreaDialog {

	static final int MIN_LENGTH = StoreKey.STRONG_PASSPHRASE;
	/** Where a key file is saved or read from; a test answers instead of the file dialog. */
	static Function<Shell, String> saveChooser = shell -> choose(shell, SWT.SAVE);
	static Function<Shell, String> openChooser = shell -> choose(shell, SWT.OPEN);

	private final boolean create;
	private final Path dataLocation;
	private final String problem;
	private Text password;
	private Text repeat;
	private Label saved;
	private Button saveRecovery;
	private StoreKey key;

	public DatabasePasswordDialog(Shell parent, boolean create, Path dataLocation, String problem) {
		super(parent);
		this.create = create;
		this.dataLocation = dataLocation;
		this.problem = problem;
	}

	/** The key from the password or the recovery key file; null when cancelled. */
	public StoreKey key() {
		return key;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(create ? Messages.Password_createTitle : Messages.Password_enterTitle);
		HelpTopics.attach(shell, HelpTopics.SAFETY);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(create ? Messages.Password_createTitle : Messages.Password_enterTitle);
		if (problem != null) {
			setMessage(problem, IMessageProvider.ERROR);
		} else {
			setMessage(create ? Messages.Password_createMessage : NLS.bind(Messages.Password_enterMessage, dataLocation));
		}
		Composite c = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(10, 8).applyTo(c);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
		new Label(c, SWT.NONE).setText(Messages.Password_password);
		password = new Text(c, SWT.BORDER | SWT.PASSWORD);
		GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(password);
		password.addModifyListener(e -> validate());
		if (create) {
			new Label(c, SWT.NONE).setText(Messages.Password_repeat);
			repeat = new Text(c, SWT.BORDER | SWT.PASSWORD);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(repeat);
			repeat.addModifyListener(e -> validate());
			note(c, Messages.Password_createNote);
			saveRecovery = new Button(c, SWT.PUSH);
			saveRecovery.setText(Messages.Password_saveRecovery);
			saveRecovery.setToolTipText(Messages.Password_saveRecoveryTip);
			saveRecovery.setEnabled(false);
			GridDataFactory.fillDefaults().span(2, 1).align(SWT.BEGINNING, SWT.CENTER).applyTo(saveRecovery);
			saveRecovery.addListener(SWT.Selection, e -> saveRecoveryKey());
			saved = new Label(c, SWT.WRAP);
			GridDataFactory.fillDefaults().span(2, 1).hint(440, SWT.DEFAULT).applyTo(saved);
		} else {
			note(c, Messages.Password_enterNote);
			Button useRecovery = new Button(c, SWT.PUSH);
			useRecovery.setText(Messages.Password_useRecovery);
			useRecovery.setToolTipText(Messages.Password_useRecoveryTip);
			GridDataFactory.fillDefaults().span(2, 1).align(SWT.BEGINNING, SWT.CENTER).applyTo(useRecovery);
			useRecovery.addListener(SWT.Selection, e -> useRecoveryKey());
		}
		return area;
	}

	private static void note(Composite c, String text) {
		Label note = new Label(c, SWT.WRAP);
		note.setText(text);
		GridDataFactory.fillDefaults().span(2, 1).hint(440, SWT.DEFAULT).applyTo(note);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, create ? Messages.Password_create : Messages.Password_open, true);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.Password_cancel, false);
		validate();
	}

	private void validate() {
		String error = check();
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(error == null);
		}
		if (saveRecovery != null) {
			saveRecovery.setEnabled(error == null);
		}
		boolean typed = !password.getText().isEmpty() || repeat != null && !repeat.getText().isEmpty();
		setErrorMessage(typed && error != null && !error.isEmpty() ? error : problem);
	}

	private String check() {
		String typed = password.getText();
		if (typed.isEmpty()) {
			return "";
		}
		if (create && typed.strip().length() < MIN_LENGTH) {
			return NLS.bind(Messages.Password_tooShort, MIN_LENGTH);
		}
		if (create && StoreKey.fromText(typed).weakness() != null) {
			return StoreKey.fromText(typed).weakness();
		}
		if (create && !typed.equals(repeat.getText())) {
			return repeat.getText().isEmpty() ? "" : Messages.Password_differ;
		}
		return null;
	}

	/** The key the password gives, written with its instructions where the user chooses. */
	private void saveRecoveryKey() {
		String file = saveChooser.apply(getShell());
		if (file == null) {
			return;
		}
		try {
			// The key the password gives for this database (stretched with its own salt), so the file opens it alone.
			StoreKey.fromText(password.getText()).forStore(dataLocation).write(Path.of(file), List.of(
					NLS.bind(Messages.Password_recoveryLine1, dataLocation), Messages.Password_recoveryLine2,
					Messages.Password_recoveryLine3));
			saved.setText(NLS.bind(Messages.Password_recoverySaved, file));
		} catch (StoreException e) {
			saved.setText(e.getMessage());
		}
		saved.getParent().layout(true, true);
	}

	private void useRecoveryKey() {
		String file = openChooser.apply(getShell());
		if (file == null) {
			return;
		}
		try {
			key = StoreKey.read(Path.of(file));
			super.okPressed();
		} catch (StoreException e) {
			setErrorMessage(e.getMessage());
		}
	}

	@Override
	protected void okPressed() {
		try {
			key = StoreKey.fromText(password.getText());
		} catch (StoreException e) {
			setErrorMessage(e.getMessage());
			return;
		}
		super.okPressed();
	}

	private static String choose(Shell shell, int style) {
		FileDialog dialog = new FileDialog(shell, style);
		dialog.setText(style == SWT.SAVE ? Messages.Password_saveRecovery : Messages.Password_useRecovery);
		dialog.setFileName(Messages.Password_recoveryFileName);
		dialog.setFilterExtensions(new String[] { "*.txt", "*" });
		dialog.setOverwrite(true);
		return dialog.open();
	}
}
