package se.finsam.ui.internal.association;

import java.text.ParseException;
import java.time.LocalDate;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import se.finsam.core.Formats;
import se.finsam.model.Association;
import se.finsam.model.FinsamFactory;
import se.finsam.model.FinsamPackage;
import se.finsam.model.Period;
import se.finsam.model.Project;
import se.finsam.model.ProjectKind;
import se.finsam.model.validation.Diarienummer;
import se.finsam.model.validation.TextLimits;
import se.finsam.ui.HelpTopics;
import se.finsam.ui.internal.Messages;

/** A new insats: its diarienummer in the förbund's own format, its name, kind and granted period. */
public final class NewProjectDialog extends TitleAreaDialog {

	private final Association association;
	private final ProjectKind initialKind;
	private Text diarienummer;
	private Text name;
	private Button project;
	private Button longTerm;
	private Text from;
	private Text to;
	private Project result;

	public NewProjectDialog(Shell parent, Association association, ProjectKind kind) {
		super(parent);
		this.association = association;
		this.initialKind = kind == null ? ProjectKind.PROJECT : kind;
	}

	/** The new project (not yet in the association), or null when cancelled. */
	public Project result() {
		return result;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.NewProject_title);
		HelpTopics.attach(shell, HelpTopics.PROJECTS);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.NewProject_title);
		setMessage(NLS.bind(Messages.NewProject_message, association.getName()));
		Composite c = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(10, 8).applyTo(c);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
		String format = Diarienummer.formatOf(association);
		diarienummer = field(c, Messages.NewProject_diarienummer,
				NLS.bind(Messages.NewProject_diarienummerHint, format, Diarienummer.example(format)));
		name = field(c, Messages.NewProject_name, Messages.NewProject_nameHint);
		new Label(c, SWT.NONE).setText(Messages.NewProject_kind);
		Composite kinds = new Composite(c, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(16, 0).applyTo(kinds);
		project = new Button(kinds, SWT.RADIO);
		project.setText(Messages.NewProject_project);
		project.setToolTipText(Messages.NewProject_projectTip);
		longTerm = new Button(kinds, SWT.RADIO);
		longTerm.setText(Messages.NewProject_longTerm);
		longTerm.setToolTipText(Messages.NewProject_longTermTip);
		(initialKind == ProjectKind.LONG_TERM_COOPERATION ? longTerm : project).setSelection(true);
		from = field(c, Messages.NewProject_from, Messages.NewProject_dateHint);
		to = field(c, Messages.NewProject_to, Messages.NewProject_dateHint);
		for (Text t : new Text[] { diarienummer, name, from, to }) {
			t.addModifyListener(e -> validate());
		}
		return area;
	}

	private static Text field(Composite c, String label, String hint) {
		new Label(c, SWT.NONE).setText(label);
		Text text = new Text(c, SWT.BORDER);
		text.setMessage(hint);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText(Messages.NewProject_create);
		validate();
	}

	private void validate() {
		String error = check();
		setErrorMessage(error);
		getButton(IDialogConstants.OK_ID).setEnabled(error == null);
	}

	private String check() {
		String dnr = diarienummer.getText().strip();
		String format = Diarienummer.formatOf(association);
		if (dnr.isEmpty()) {
			return Messages.NewProject_diarienummerMissing;
		}
		if (!Diarienummer.matches(format, dnr)) {
			return NLS.bind(Messages.NewProject_diarienummerFormat, new Object[] { dnr, format,
					Diarienummer.example(format) });
		}
		if (association.getProjects().stream().anyMatch(p -> dnr.equals(p.getDiarienummer()))) {
			return NLS.bind(Messages.NewProject_diarienummerInUse, dnr);
		}
		if (name.getText().isBlank()) {
			return Messages.NewProject_nameMissing;
		}
		int length = name.getText().strip().length();
		int limit = TextLimits.of(FinsamPackage.Literals.PROJECT__NAME);
		if (length > limit) {
			return NLS.bind(Messages.NewProject_nameTooLong, Formats.count(length), Formats.count(limit));
		}
		try {
			LocalDate start = Formats.parseDate(from.getText());
			LocalDate end = Formats.parseDate(to.getText());
			if (start != null && end != null && end.isBefore(start)) {
				return NLS.bind(Messages.NewProject_datesOutOfOrder, Formats.date(start), Formats.date(end));
			}
		} catch (ParseException e) {
			return NLS.bind(Messages.NewProject_notADate, e.getMessage());
		}
		return null;
	}

	@Override
	protected void okPressed() {
		Project p = FinsamFactory.eINSTANCE.createProject();
		p.setDiarienummer(diarienummer.getText().strip());
		p.setName(name.getText().strip());
		p.setKind(longTerm.getSelection() ? ProjectKind.LONG_TERM_COOPERATION : ProjectKind.PROJECT);
		p.setContentLoaded(true);
		try {
			LocalDate start = Formats.parseDate(from.getText());
			LocalDate end = Formats.parseDate(to.getText());
			if (start != null || end != null) {
				Period period = FinsamFactory.eINSTANCE.createPeriod();
				period.setStart(start);
				period.setEnd(end);
				p.setGrantedPeriod(period);
			}
		} catch (ParseException e) {
			return; // validate() keeps OK disabled
		}
		result = p;
		super.okPressed();
	}
}
