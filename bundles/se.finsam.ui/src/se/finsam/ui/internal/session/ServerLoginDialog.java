package se.finsam.ui.internal.session;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import se.finsam.store.ServerAddress;
import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;
import se.finsam.ui.HelpTopics;
import se.finsam.ui.internal.Messages;

/**
 * Logging in to the förbund's team server, in Swedish: her own password on the server (unless FINSAM_DB_PASSWORD or
 * ~/.pgpass gives it) and the förbund's key (unless FINSAM_KEY gives it); a refused one is asked for again with the
 * reason.
 */
public final class ServerLoginDialog extends TitleAreaDialog {

	private final ServerAddress server;
	private final boolean askPassword;
	private final boolean askKey;
	private final String problem;
	private Text password;
	private Text key;
	private StoreOpening.ServerLogin login;

	public ServerLoginDialog(Shell parent, ServerAddress server, boolean askPassword, boolean askKey, String problem) {
		super(parent);
		this.server = server;
		this.askPassword = askPassword;
		this.askKey = askKey;
		this.problem = problem;
	}

	/** What was given; null when cancelled. */
	public StoreOpening.ServerLogin login() {
		return login;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Login_title);
		HelpTopics.attach(shell, HelpTopics.SAFETY);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Login_title);
		// Only what is asked: the password may come from FINSAM_DB_PASSWORD or ~/.pgpass, the key from FINSAM_KEY.
		String asked = !askPassword ? Messages.Login_messageKey : askKey ? Messages.Login_message
				: Messages.Login_messagePassword;
		setMessage(NLS.bind(asked, server.user(), server.host() + "/" + server.database()));
		setErrorMessage(problem); // why she is asked again
		Composite c = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(10, 8).applyTo(c);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
		new Label(c, SWT.NONE).setText(Messages.Login_server);
		Label address = new Label(c, SWT.NONE);
		address.setText(server.toString());
		if (askPassword) {
			new Label(c, SWT.NONE).setText(NLS.bind(Messages.Login_password, server.user()));
			password = new Text(c, SWT.BORDER | SWT.PASSWORD);
			GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(password);
			password.addModifyListener(e -> validate());
		}
		if (askKey) {
			new Label(c, SWT.NONE).setText(Messages.Login_key);
			key = new Text(c, SWT.BORDER | SWT.PASSWORD);
			GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(key);
			key.addModifyListener(e -> validate());
		}
		Label note = new Label(c, SWT.WRAP);
		note.setText(Messages.Login_note);
		GridDataFactory.fillDefaults().span(2, 1).hint(440, SWT.DEFAULT).applyTo(note);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Login_ok, true);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.Password_cancel, false);
		validate();
	}

	private void validate() {
		// The key may stay empty: a reader (the chef, the board) holds none, and the server says who needs one.
		boolean complete = password == null || !password.getText().isEmpty();
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(complete);
			boolean typed = password != null && !password.getText().isEmpty() || key != null && !key.getText().isEmpty();
			setErrorMessage(typed ? null : problem);
		}
	}

	@Override
	protected void okPressed() {
		StoreKey given = null;
		if (key != null && !key.getText().isBlank()) {
			try {
				given = StoreKey.fromText(key.getText());
			} catch (StoreException e) {
				setErrorMessage(e.getMessage());
				return;
			}
		}
		login = new StoreOpening.ServerLogin(password == null ? null : password.getText().toCharArray(), given);
		super.okPressed();
	}
}
