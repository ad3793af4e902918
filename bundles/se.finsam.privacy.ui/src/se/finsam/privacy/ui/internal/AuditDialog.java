package se.finsam.privacy.ui.internal;

import java.text.ParseException;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import se.finsam.core.Formats;
import se.finsam.privacy.AuditTrail;
import se.finsam.ui.Session;
import se.finsam.ui.Tables;

/**
 * Arkiv → Granskningslogg…: who did what to personal data, when and why, and on a team server every change the
 * server recorded (who, table, row, fields — never a value), filtered by project, user and dates; the same trail as
 * {@code ./finsam audit}.
 */
public final class AuditDialog extends PrivacyDialog {

	private static final int SHOW = 100;

	private Text project;
	private Text user;
	private Text from;
	private Text to;
	private TableViewer lines;

	public AuditDialog(Shell parent, Session session) {
		super(parent, session, Messages.Audit_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite c = body(parent, Messages.Audit_message, 4, 420);
		project = field(c, Messages.Audit_project, Messages.Audit_projectHint);
		user = field(c, Messages.Audit_user, Messages.Audit_userHint);
		from = field(c, Messages.Audit_from, "2026-01-01");
		to = field(c, Messages.Audit_to, "2026-12-31");
		for (Text t : List.of(project, user, from, to)) {
			t.addListener(SWT.DefaultSelection, e -> buttonPressed(SHOW));
		}
		lines = Tables.table(list(c, 4));
		Tables.column(lines, Messages.Audit_when, 120, o -> Formats.dateTime(line(o).at()));
		Tables.column(lines, Messages.Audit_who, 100, o -> text(line(o).user()));
		Tables.column(lines, Messages.Audit_what, 200, o -> line(o).what());
		Tables.column(lines, Messages.Audit_projectColumn, 90, o -> text(line(o).project()));
		Tables.column(lines, Messages.Audit_subject, 175, o -> text(line(o).subject()));
		Tables.column(lines, Messages.Audit_detail, 220, o -> text(line(o).detail()));
		return c.getParent();
	}

	private static Text field(Composite c, String label, String hint) {
		new Label(c, SWT.NONE).setText(label);
		Text text = new Text(c, SWT.BORDER);
		text.setMessage(hint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		return text;
	}

	private static AuditTrail.Line line(Object o) {
		return (AuditTrail.Line) o;
	}

	private static String text(String s) {
		return s == null ? "" : s;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button show = createButton(parent, SHOW, Messages.Audit_show, false);
		show.setToolTipText(Messages.Audit_showTip);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, true);
		buttonPressed(SHOW);
	}

	@Override
	protected void buttonPressed(int id) {
		if (id != SHOW) {
			super.buttonPressed(id);
			return;
		}
		AuditTrail.Filter filter;
		try {
			filter = new AuditTrail.Filter(project.getText(), user.getText(), date(from, Messages.Audit_from),
					date(to, Messages.Audit_to));
		} catch (IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
			return;
		}
		if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
			setErrorMessage(NLS.bind(Messages.Audit_toBeforeFrom, Formats.date(filter.to()), Formats.date(filter
					.from())));
			return;
		}
		setErrorMessage(null);
		Job.create(Messages.Audit_reading, monitor -> {
			Runnable then;
			try {
				List<AuditTrail.Line> read = AuditTrail.read(session.store(), filter);
				then = () -> {
					lines.setInput(read);
					setMessage(read.isEmpty() ? Messages.Audit_none : read.size() == 1 ? Messages.Audit_countOne
							: NLS.bind(Messages.Audit_count, read.size()));
				};
			} catch (IllegalArgumentException e) { // no such project: said as it is
				then = () -> setErrorMessage(e.getMessage());
			} catch (RuntimeException e) {
				then = () -> setErrorMessage(NLS.bind(Messages.Audit_failed, e.getMessage()));
			}
			later(then);
		}).schedule();
	}

	private static LocalDate date(Text field, String label) {
		if (field.getText().isBlank()) {
			return null;
		}
		try {
			return Formats.parseDate(field.getText().strip());
		} catch (ParseException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.Audit_badDate, label.replace(":", ""),
					field.getText().strip()));
		}
	}

	/** Tests: the lines shown. */
	public List<AuditTrail.Line> shown() {
		Object input = lines.getInput();
		return input == null ? List.of() : ((List<?>) input).stream().map(AuditTrail.Line.class::cast).toList();
	}

	/** Tests: filter as she would, and show. */
	public void show(String dnr, String who, String fromDate, String toDate) {
		project.setText(dnr);
		user.setText(who);
		from.setText(fromDate);
		to.setText(toDate);
		buttonPressed(SHOW);
	}
}
