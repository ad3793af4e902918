package se.finsam.privacy.ui.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import se.finsam.privacy.PersonRegister;
import se.finsam.store.PersonRecord;
import se.finsam.ui.Session;
import se.finsam.ui.Tables;

/**
 * A registered person's rights: where she is registered (found through the pseudonym of her personnummer, in every
 * förbund of the database), her extract as PDF or JSON, the erasure of her identity, her consent withdrawn. Each
 * is recorded in the audit log, never with her personnummer; the number is not kept once the dialog closes.
 */
public final class PersonDialog extends PrivacyDialog {

	private static final int FIND = 100;
	private static final int EXTRACT = 101;
	private static final int ERASE = 102;
	private static final int WITHDRAW = 103;

	private Text personnummer;
	private TableViewer found;
	/** The personnummer the list shows (checked); null before a search. */
	private volatile String shownFor;

	public PersonDialog(Shell parent, Session session) {
		super(parent, session, Messages.Person_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite c = body(parent, Messages.Person_message, 3, 360);
		new Label(c, SWT.NONE).setText(Messages.Person_personnummer);
		personnummer = new Text(c, SWT.BORDER | SWT.PASSWORD);
		personnummer.setMessage(Messages.Person_personnummerHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(personnummer);
		Button find = new Button(c, SWT.PUSH);
		find.setText(Messages.Person_find);
		find.addListener(SWT.Selection, e -> buttonPressed(FIND));
		personnummer.addListener(SWT.DefaultSelection, e -> buttonPressed(FIND));
		personnummer.addModifyListener(e -> {
			shownFor = null;
			enable(false);
		});
		found = Tables.table(list(c, 3));
		Tables.column(found, Messages.Person_association, 220, o -> ((PersonRecord) o).associationName());
		Tables.column(found, Messages.Person_project, 120, o -> ((PersonRecord) o).diarienummer());
		Tables.column(found, Messages.Person_projectName, 260, o -> ((PersonRecord) o).projectName());
		Tables.column(found, Messages.Person_code, 120, o -> ((PersonRecord) o).code());
		return c.getParent();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, EXTRACT, Messages.Person_extract, false);
		createButton(parent, ERASE, Messages.Person_erase, false);
		createButton(parent, WITHDRAW, Messages.Person_withdraw, false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, true);
		enable(false);
	}

	private void enable(boolean found) {
		for (int id : new int[] { EXTRACT, ERASE, WITHDRAW }) {
			if (getButton(id) != null) {
				getButton(id).setEnabled(found);
			}
		}
	}

	@Override
	protected void buttonPressed(int id) {
		switch (id) {
		case FIND -> find();
		case EXTRACT -> extract();
		case ERASE -> change(Messages.Person_eraseConfirm, false);
		case WITHDRAW -> change(Messages.Person_withdrawConfirm, true);
		default -> super.buttonPressed(id);
		}
	}

	private void find() {
		String pnr;
		try {
			pnr = PersonRegister.check(personnummer.getText());
		} catch (IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
			return;
		}
		setErrorMessage(null);
		run(Messages.Person_finding, () -> {
			List<PersonRecord> records = PersonRegister.find(session.store(), pnr, user());
			return () -> {
				found.setInput(records);
				enable(!records.isEmpty());
				shownFor = pnr;
				getButton(EXTRACT).setEnabled(true); // "nothing is registered about you" is an answer too
				setMessage(records.isEmpty() ? Messages.Person_none
						: NLS.bind(Messages.Person_foundCount, records.size()));
			};
		});
	}

	private void extract() {
		String pnr = shownFor;
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.pdf", "*.json" });
		dialog.setFilterNames(new String[] { Messages.Person_pdf, Messages.Person_json });
		dialog.setFileName(Messages.Person_extractFile);
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (pnr == null || chosen == null) {
			return;
		}
		Path file = Path.of(chosen.matches("(?i).+\\.(pdf|json)") ? chosen : chosen + ".pdf");
		run(Messages.Person_extracting, () -> {
			PersonRegister.extract(session.store(), pnr, user(), LocalDate.now(), file);
			return () -> setMessage(NLS.bind(Messages.Person_extractWritten, file));
		});
	}

	/** Erasure or consent withdrawn, everywhere she is registered, after a confirmation naming what stays. */
	private void change(String question, boolean withdraw) {
		String pnr = shownFor;
		if (pnr == null || !MessageDialog.openConfirm(getShell(), Messages.Person_title, question)) {
			return;
		}
		run(Messages.Person_changing, () -> {
			int changed = withdraw ? PersonRegister.withdrawConsent(session.store(), pnr, user(), LocalDate.now())
					: PersonRegister.erase(session.store(), pnr, user(), LocalDate.now());
			session.reload(new org.eclipse.core.runtime.NullProgressMonitor());
			session.fireChanged(null);
			return () -> {
				found.setInput(List.of());
				personnummer.setText("");
				setMessage(NLS.bind(withdraw ? Messages.Person_withdrawn : Messages.Person_erased, changed));
			};
		});
	}

	/** Work on the store in a Job, then what it found on the UI thread; a failure is said in the dialog. */
	private void run(String name, Work work) {
		Job.create(name, monitor -> {
			Runnable then;
			try {
				then = work.run();
			} catch (Exception e) {
				then = () -> setErrorMessage(NLS.bind(Messages.Person_failed, e.getMessage()));
			}
			later(then);
		}).schedule();
	}

	private interface Work {
		Runnable run() throws Exception;
	}

	private static String user() {
		return System.getProperty("user.name");
	}

	/** Tests: the registrations shown. */
	public List<PersonRecord> shown() {
		Object input = found.getInput();
		return input == null ? List.of() : ((List<?>) input).stream().map(PersonRecord.class::cast).toList();
	}

	/** Tests: type a personnummer and search, as she would. */
	public void search(String pnr) {
		personnummer.setText(pnr);
		buttonPressed(FIND);
	}
}
