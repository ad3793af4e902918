package se.finsam.privacy.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import se.finsam.core.Formats;
import se.finsam.model.Association;
import se.finsam.privacy.Gallring;
import se.finsam.store.BackupRecord;
import se.finsam.store.ErasureCandidate;
import se.finsam.ui.Session;
import se.finsam.ui.Tables;

/**
 * What the förbund's retention rule makes due today, participant by participant (by code: the identities are not
 * shown), the backups that will still hold it, and the erasure itself after a confirmation. The plan and the
 * erasure run in Jobs; the dialog shows the result and what is due afterwards (nothing).
 */
public final class GallringDialog extends PrivacyDialog {

	private Combo association;
	private TableViewer due;
	private Label backups;
	private volatile Gallring.Plan plan;
	/** What the last erasure did, said until something else is due. */
	private String done;
	/** Tests: the last erasure's result. */
	public volatile Gallring.Result result;

	public GallringDialog(Shell parent, Session session) {
		super(parent, session, Messages.Gallring_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite c = body(parent, Messages.Gallring_message, 2, 420);
		new Label(c, SWT.NONE).setText(Messages.Gallring_association);
		association = new Combo(c, SWT.READ_ONLY);
		session.associations().forEach(a -> association.add(a.getName()));
		association.select(0);
		association.addListener(SWT.Selection, e -> plan());
		due = Tables.table(list(c, 2));
		Tables.column(due, Messages.Gallring_project, 140, o -> ((ErasureCandidate) o).diarienummer());
		Tables.column(due, Messages.Gallring_code, 140, o -> ((ErasureCandidate) o).code());
		Tables.column(due, Messages.Gallring_exit, 120, o -> date(((ErasureCandidate) o).exit()));
		Tables.column(due, Messages.Gallring_due, 120, o -> date(((ErasureCandidate) o).due()));
		backups = new Label(c, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(740, SWT.DEFAULT).applyTo(backups);
		return c.getParent();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Gallring_run, false).setEnabled(false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, true);
		plan();
	}

	/** The selected association's plan, read in a Job. */
	private void plan() {
		Association chosen = session.associations().get(association.getSelectionIndex());
		getButton(IDialogConstants.OK_ID).setEnabled(false);
		plan = null;
		Job.create(Messages.Gallring_reading, monitor -> {
			Gallring.Plan read = Gallring.plan(session.store(), chosen, LocalDate.now());
			later(() -> show(read));
		}).schedule();
	}

	private void show(Gallring.Plan read) {
		plan = read;
		due.setInput(read.due());
		int projects = read.byDiarienummer().size();
		String nothing = done != null ? done : NLS.bind(Messages.Gallring_nothing, read.years());
		setMessage(read.due().isEmpty() ? nothing
				: NLS.bind(Messages.Gallring_summary, new Object[] { Formats.count(read.due().size()),
						Formats.count(projects), read.years() }));
		backups.setText(read.backups().isEmpty() ? Messages.Gallring_noBackups
				: NLS.bind(Messages.Gallring_backups, read.backups().stream().map(GallringDialog::backup)
						.collect(Collectors.joining(", "))));
		backups.getParent().layout(true, true);
		getButton(IDialogConstants.OK_ID).setEnabled(!read.due().isEmpty());
	}

	/** Gallra: after a confirmation that says it cannot be undone, in a Job; the dialog stays to show the result. */
	@Override
	protected void okPressed() {
		Gallring.Plan chosen = plan;
		if (chosen == null || chosen.due().isEmpty() || !MessageDialog.openConfirm(getShell(), Messages.Gallring_title,
				NLS.bind(Messages.Gallring_confirm, Formats.count(chosen.due().size())))) {
			return;
		}
		getButton(IDialogConstants.OK_ID).setEnabled(false);
		setMessage(Messages.Gallring_running);
		Job.create(Messages.Gallring_running, monitor -> {
			Gallring.Result erased = Gallring.run(session.store(), chosen, System.getProperty("user.name"));
			session.reload(monitor);
			session.fireChanged(null);
			String said = NLS.bind(Messages.Gallring_done, new Object[] { Formats.count(erased.erased()),
					Formats.count(erased.projects()),
					Formats.decimal(java.math.BigDecimal.valueOf(erased.took().toMillis(), 3)) });
			later(() -> {
				this.done = said;
				result = erased;
				plan();
			});
		}).schedule();
	}

	private static String backup(BackupRecord b) {
		return Formats.date(LocalDate.ofInstant(b.takenAt(), java.time.ZoneId.systemDefault())) + " (" + b.location()
				+ ")";
	}

	private static String date(LocalDate d) {
		return d == null ? Messages.Gallring_noExit : Formats.date(d);
	}

	/** Tests: what is due as shown. */
	public List<ErasureCandidate> shown() {
		Object input = due.getInput();
		return input == null ? null : ((List<?>) input).stream().map(ErasureCandidate.class::cast).toList();
	}
}
