package se.finsam.ui.editors.internal.participants;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import se.finsam.store.AuditEntry;
import se.finsam.ui.editors.internal.Messages;

/** Why the personnummer is to be shown: the reason is recorded with who and when (never the number). */
final class RevealDialog extends TitleAreaDialog {

	private final String participantCode;
	private Combo reason;
	private String result;

	RevealDialog(Shell parent, String participantCode) {
		super(parent);
		this.participantCode = participantCode;
	}

	String reason() {
		return result;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Reveal_title);
		se.finsam.ui.HelpTopics.attach(shell, se.finsam.ui.HelpTopics.PARTICIPANTS);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(Messages.Reveal_heading, participantCode));
		setMessage(Messages.Reveal_message);
		Composite c = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(10, 8).applyTo(c);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
		new Label(c, SWT.NONE).setText(Messages.Reveal_reason);
		reason = new Combo(c, SWT.DROP_DOWN | SWT.BORDER);
		reason.setItems(Messages.Reveal_reasons.split("\\|"));
		reason.setTextLimit(AuditEntry.REASON_LENGTH);
		reason.setToolTipText(Messages.Reveal_reasonTip);
		GridDataFactory.fillDefaults().grab(true, false).hint(340, SWT.DEFAULT).applyTo(reason);
		reason.addModifyListener(e -> getButton(IDialogConstants.OK_ID).setEnabled(reason.getText().strip().length() >= 3));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Reveal_show, true).setEnabled(false);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.Reveal_cancel, false);
	}

	@Override
	protected void okPressed() {
		result = reason.getText().strip();
		super.okPressed();
	}
}
