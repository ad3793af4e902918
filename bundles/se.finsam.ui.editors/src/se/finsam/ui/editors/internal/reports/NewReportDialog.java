package se.finsam.ui.editors.internal.reports;

import java.text.ParseException;
import java.time.LocalDate;
import java.util.List;

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
import org.eclipse.swt.widgets.Text;

import se.finsam.core.Formats;
import se.finsam.model.Project;
import se.finsam.model.ReportTemplate;
import se.finsam.model.TemplateKind;
import se.finsam.reports.ReportPeriods;
import se.finsam.reports.Templates;
import se.finsam.ui.editors.internal.Messages;

/** Which template and which period: a new report starts from them. */
final class NewReportDialog extends TitleAreaDialog {

	private final Project project;
	private final List<Templates.Installed> templates = Templates.installed();
	private Combo template;
	private Text from;
	private Text to;
	private Label description;
	private Label periodHint;
	private Templates.Installed chosen;
	private LocalDate start;
	private LocalDate end;

	NewReportDialog(Shell parent, Project project) {
		super(parent);
		this.project = project;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Reports_new);
		se.finsam.ui.HelpTopics.attach(shell, se.finsam.ui.HelpTopics.REPORTS);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Reports_newTitle);
		setMessage(Messages.Reports_newMessage);
		Composite c = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(10, 8).applyTo(c);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
		new Label(c, SWT.NONE).setText(Messages.Reports_template);
		template = new Combo(c, SWT.READ_ONLY);
		template.setItems(templates.stream().map(t -> t.template().getName()).toArray(String[]::new));
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(template);
		new Label(c, SWT.NONE);
		description = new Label(c, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(description);
		new Label(c, SWT.NONE).setText(Messages.Reports_from);
		from = new Text(c, SWT.BORDER);
		from.setMessage(Messages.Reports_dateHint);
		GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(from);
		new Label(c, SWT.NONE).setText(Messages.Reports_to);
		to = new Text(c, SWT.BORDER);
		to.setMessage(Messages.Reports_dateHint);
		GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(to);
		new Label(c, SWT.NONE);
		periodHint = new Label(c, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(periodHint);
		template.addListener(SWT.Selection, e -> templateChosen());
		from.addModifyListener(e -> validate());
		to.addModifyListener(e -> validate());
		if (!templates.isEmpty()) {
			template.select(0);
			templateChosen();
		}
		return area;
	}

	/** Shows what the template is for and puts its kind's period in the fields (the user may change it). */
	private void templateChosen() {
		int i = template.getSelectionIndex();
		if (i < 0) {
			return;
		}
		ReportTemplate t = templates.get(i).template();
		description.setText(t.getDescription() == null ? "" : t.getDescription());
		ReportPeriods.Span span = ReportPeriods.defaultFor(t.getKind(), project, LocalDate.now());
		from.setText(span.from() == null ? "" : Formats.date(span.from()));
		to.setText(span.to() == null ? "" : Formats.date(span.to()));
		periodHint.setText(t.getKind() == TemplateKind.EVALUATION_PLAN ? Messages.Reports_noPeriod
				: NLS.bind(Messages.Reports_periodHint, kind(t.getKind())));
		description.getParent().layout(true, true);
		validate();
	}

	private static String kind(TemplateKind kind) {
		return switch (kind) {
		case ANNUAL -> Messages.Reports_kindAnnual;
		case INTERIM -> Messages.Reports_kindInterim;
		case STATUS -> Messages.Reports_kindStatus;
		case FINAL -> Messages.Reports_kindFinal;
		case EVALUATION_PLAN -> Messages.Reports_kindPlan;
		case CUSTOM -> Messages.Reports_kindCustom;
		};
	}

	private void validate() {
		String error = null;
		try {
			start = Formats.parseDate(from.getText());
			end = Formats.parseDate(to.getText());
			if (start != null && end != null && end.isBefore(start)) {
				error = NLS.bind(Messages.Reports_datesOutOfOrder, Formats.date(start), Formats.date(end));
			}
		} catch (ParseException e) {
			error = NLS.bind(Messages.Reports_notADate, e.getMessage());
		}
		if (templates.isEmpty()) {
			error = Messages.Reports_noTemplates;
		}
		setErrorMessage(error);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(error == null);
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	@Override
	protected void okPressed() {
		chosen = templates.get(template.getSelectionIndex());
		super.okPressed();
	}

	Templates.Installed template() {
		return chosen;
	}

	LocalDate from() {
		return start;
	}

	LocalDate to() {
		return end;
	}
}
