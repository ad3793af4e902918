package se.finsam.ui.editors.internal.reports;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicEMap;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

import se.finsam.model.Answer;
import se.finsam.model.Checklist;
import se.finsam.model.ChecklistItem;
import se.finsam.model.FinsamPackage.Literals;
import se.finsam.model.GoalsTable;
import se.finsam.model.Project;
import se.finsam.model.ProjectFacts;
import se.finsam.model.ReportInstance;
import se.finsam.model.ReportStatus;
import se.finsam.model.SignatureBlock;
import se.finsam.model.StatisticChart;
import se.finsam.model.StatisticTable;
import se.finsam.model.TemplatePart;
import se.finsam.model.TemplateSection;
import se.finsam.model.TextQuestion;
import se.finsam.reports.Answers;
import se.finsam.reports.ProjectFields;
import se.finsam.reports.ReportInstances;
import se.finsam.reports.Templates;
import se.finsam.stats.ProjectStatistics;
import se.finsam.stats.StatTable;
import se.finsam.stats.Statistics;
import se.finsam.stats.StatsQuery;
import se.finsam.ui.editors.internal.EditingContext;
import se.finsam.ui.editors.internal.Fields;
import se.finsam.ui.editors.internal.FittedTable;
import se.finsam.ui.editors.internal.Messages;

/**
 * One report as a form, in the template's order: questions with their guidance, the computed tables as they will
 * print (refreshed with every change), checklists and the signature. Every edit is a command (undo works).
 */
public final class ReportForm {

	private final Composite root;
	private final FormToolkit toolkit;
	private final EditingContext context;
	private final Fields fields;
	private final Project project;
	private final Templates.Installed template;
	private final ReportInstance report;
	private final Composite completeness;
	/** Where each part begins in the form: "Ännu tomt" jumps there. */
	private final java.util.Map<TemplatePart, Control> partControls = new java.util.HashMap<>();
	private final Combo status;
	private final List<Runnable> refreshers = new ArrayList<>();

	ReportForm(Composite parent, FormToolkit toolkit, EditingContext context, Fields fields, Project project,
			Templates.Installed template, ReportInstance report) {
		this.toolkit = toolkit;
		this.context = context;
		this.fields = fields;
		this.project = project;
		this.template = template;
		this.report = report;
		root = toolkit.createComposite(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(8, 4).applyTo(root);
		heading(template.template().getName(), 1);
		note(NLS.bind(Messages.Reports_periodLine, ProjectFields.period(report.getPeriod())));
		toolkit.createLabel(root, Messages.Reports_status);
		status = new Combo(root, SWT.READ_ONLY);
		status.setItems(Messages.Reports_statusDraft, Messages.Reports_statusComplete, Messages.Reports_statusSubmitted);
		status.addListener(SWT.Selection, e -> context.execute(SetCommand.create(context.domain(), report,
				Literals.REPORT_INSTANCE__STATUS, ReportStatus.get(status.getSelectionIndex()))));
		completeness = toolkit.createComposite(root);
		org.eclipse.swt.layout.RowLayout row = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
		row.wrap = true;
		row.marginLeft = 0;
		row.spacing = 10;
		completeness.setLayout(row);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(completeness);
		for (TemplateSection section : template.template().getSections()) {
			if (ReportInstances.applies(section, project)) {
				section(section);
			}
		}
		toolkit.paintBordersFor(root);
		refresh();
	}

	public Control control() {
		return root;
	}

	public ReportInstance report() {
		return report;
	}

	public Templates.Installed template() {
		return template;
	}

	/** The required parts still empty, as the user reads them. */
	public List<String> missing() {
		return ReportInstances.missing(template.template(), report, project);
	}

	/** Figures recomputed, checklist marks and the completeness line brought up to the model (after undo too). */
	void refresh() {
		if (root.isDisposed()) {
			return;
		}
		status.select(report.getStatus().getValue());
		showMissing();
		refreshers.forEach(Runnable::run);
		root.layout(true, true);
	}

	/** "Ännu tomt:" and a link per unanswered part that takes the user to it; or that all is answered. */
	private void showMissing() {
		for (Control c : completeness.getChildren()) {
			c.dispose();
		}
		List<TemplatePart> missing = ReportInstances.missingParts(template.template(), report, project);
		if (missing.isEmpty()) {
			toolkit.createLabel(completeness, Messages.Reports_complete);
			return;
		}
		toolkit.createLabel(completeness, Messages.Reports_missingHeading);
		for (TemplatePart part : missing) {
			org.eclipse.ui.forms.widgets.Hyperlink link = toolkit.createHyperlink(completeness,
					ReportInstances.label(part), SWT.NONE);
			link.setToolTipText(Messages.Reports_missingTip);
			link.addHyperlinkListener(new org.eclipse.ui.forms.events.HyperlinkAdapter() {
				@Override
				public void linkActivated(org.eclipse.ui.forms.events.HyperlinkEvent e) {
					goTo(part);
				}
			});
		}
	}

	/** Scrolls to the part and puts the cursor in it. */
	void goTo(TemplatePart part) {
		Control target = partControls.get(part);
		if (target == null || target.isDisposed()) {
			return;
		}
		for (Composite c = root.getParent(); c != null; c = c.getParent()) {
			if (c instanceof org.eclipse.swt.custom.ScrolledComposite scroller) {
				scroller.showControl(target);
				break;
			}
		}
		target.setFocus();
	}

	/** Tests: the links of "Ännu tomt". */
	public List<String> missingLinks() {
		List<String> links = new ArrayList<>();
		for (Control c : completeness.getChildren()) {
			if (c instanceof org.eclipse.ui.forms.widgets.Hyperlink h) {
				links.add(h.getText());
			}
		}
		return links;
	}

	/** Tests: follows the link of "Ännu tomt" with this text; returns the control that got the focus. */
	public Control follow(String link) {
		for (TemplatePart part : ReportInstances.missingParts(template.template(), report, project)) {
			if (ReportInstances.label(part).equals(link)) {
				goTo(part);
				return partControls.get(part);
			}
		}
		return null;
	}

	void dispose() {
		root.dispose();
	}

	private void section(TemplateSection section) {
		heading(section.getTitle(), 2);
		if (section.getIntro() != null && !section.getIntro().isBlank()) {
			note(section.getIntro());
		}
		for (TemplatePart part : section.getParts()) {
			int before = root.getChildren().length;
			if (part.getTitle() != null && !part.getTitle().isBlank()) {
				Label title = toolkit.createLabel(root, part.getTitle() + (part.isRequired() ? " *" : ""), SWT.WRAP);
				title.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
				GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(title);
			}
			if (part.getGuidance() != null && !part.getGuidance().isBlank()) {
				note(part.getGuidance());
			}
			switch (part) {
			case TextQuestion q -> area(answer(q.getId()), 5);
			case StatisticTable t -> {
				table(t.getStatistic());
				if (t.isComment()) {
					area(answer(t.getId()), 3);
				}
			}
			case StatisticChart c -> note(NLS.bind(Messages.Reports_chart, c.getStatistic()));
			case GoalsTable g -> table("goals");
			case ProjectFacts f -> f.getFacts().forEach(fact -> fact(ProjectFields.label(fact),
					fact.equals("reportPeriod") ? ProjectFields.period(report.getPeriod()) : ProjectFields.text(project, fact)));
			case Checklist c -> checklist(c);
			case SignatureBlock s -> signature(s);
			default -> note(part.eClass().getName());
			}
			partControl(part, before);
		}
	}

	/** The part's input (its text, its first radio, its date), else its title: where "Ännu tomt" jumps. */
	private void partControl(TemplatePart part, int from) {
		Control[] children = root.getChildren();
		Control first = null;
		for (int i = from; i < children.length; i++) {
			Control input = input(children[i]);
			if (input != null) {
				partControls.put(part, input);
				return;
			}
			if (first == null) {
				first = children[i];
			}
		}
		if (first != null) {
			partControls.put(part, first);
		}
	}

	private static Control input(Control c) {
		if (c instanceof Text || c instanceof Button) {
			return c;
		}
		if (c instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Control found = input(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private Answer answer(String key) {
		return Answers.find(report, key).orElseThrow(() -> new IllegalStateException("no answer for " + key));
	}

	private void area(Answer answer, int lines) {
		Text text = toolkit.createText(root, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, text.getLineHeight() * lines).applyTo(text);
		fields.bind(text, answer, Literals.ANSWER__TEXT, Fields.Kind.TEXT);
	}

	private void table(String statistic) {
		Table table = toolkit.createTable(root, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(table);
		FittedTable fitted = FittedTable.fit(table, 1, true);
		Label note = toolkit.createLabel(root, "", SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(note);
		refreshers.add(() -> {
			fill(table, note, se.finsam.reports.ReportFigures.table(statistics(), project, statistic).orElse(null));
			fitted.refit();
		});
	}

	private ProjectStatistics statistics() {
		var period = report.getPeriod();
		return Statistics.compute(project, new StatsQuery(period == null ? null : period.getStart(),
				period == null ? null : period.getEnd(), true));
	}

	private static void fill(Table table, Label note, StatTable t) {
		table.removeAll();
		for (TableColumn c : table.getColumns()) {
			c.dispose();
		}
		if (t == null) {
			return;
		}
		for (int i = 0; i < t.columns().size(); i++) {
			TableColumn c = new TableColumn(table, i == 0 ? SWT.LEFT : SWT.RIGHT);
			c.setText(t.columns().get(i));
		}
		for (var row : t.rows()) {
			new TableItem(table, SWT.NONE).setText(row.stream().map(StatTable.Cell::text).toArray(String[]::new));
		}
		for (TableColumn c : table.getColumns()) {
			c.pack();
		}
		note.setText(t.note() == null ? "" : t.note());
	}

	private void checklist(Checklist c) {
		Composite grid = toolkit.createComposite(root);
		GridLayoutFactory.fillDefaults().numColumns(3).spacing(12, 2).applyTo(grid);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(grid);
		toolkit.createLabel(grid, c.getTitle() == null ? "" : c.getTitle()).setFont(
				org.eclipse.jface.resource.JFaceResources.getBannerFont());
		toolkit.createLabel(grid, Messages.Reports_yes);
		toolkit.createLabel(grid, Messages.Reports_no);
		for (ChecklistItem item : c.getItems()) {
			Answer answer = answer(Answers.checklistKey(c.getId(), item.getId()));
			Label statement = toolkit.createLabel(grid, item.getText(), SWT.WRAP);
			GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(statement);
			Composite yesNo = toolkit.createComposite(grid);
			GridLayoutFactory.fillDefaults().numColumns(2).spacing(26, 0).applyTo(yesNo);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(yesNo);
			Button yes = toolkit.createButton(yesNo, "", SWT.RADIO);
			Button no = toolkit.createButton(yesNo, "", SWT.RADIO);
			yes.addListener(SWT.Selection, e -> check(answer, yes, Boolean.TRUE));
			no.addListener(SWT.Selection, e -> check(answer, no, Boolean.FALSE));
			refreshers.add(() -> {
				yes.setSelection(Boolean.TRUE.equals(answer.getChecked()));
				no.setSelection(Boolean.FALSE.equals(answer.getChecked()));
			});
		}
		if (c.getCommentLabel() != null) {
			Label label = toolkit.createLabel(root, c.getCommentLabel(), SWT.WRAP);
			GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(label);
			area(answer(c.getId()), 3);
		}
	}

	private void check(Answer answer, Button button, Boolean value) {
		if (button.getSelection() && !value.equals(answer.getChecked())) {
			context.execute(SetCommand.create(context.domain(), answer, Literals.ANSWER__CHECKED, value));
		}
	}

	private void signature(SignatureBlock s) {
		Answer answer = answer(s.getId());
		fields.bind(labelled(Messages.Reports_signatureDate), entry(answer, Answers.DATE),
				EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY__VALUE, Fields.Kind.TEXT);
		fact(NLS.bind(Messages.Reports_signature, s.getRole() == null ? "" : s.getRole()), "");
		fields.bind(labelled(Messages.Reports_signatureName), entry(answer, Answers.NAME),
				EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY__VALUE, Fields.Kind.TEXT);
	}

	private static org.eclipse.emf.ecore.EObject entry(Answer answer, String key) {
		int index = answer.getValues().indexOfKey(key);
		return (org.eclipse.emf.ecore.EObject) ((BasicEMap<String, String>) answer.getValues()).get(index);
	}

	private Text labelled(String label) {
		toolkit.createLabel(root, label);
		Text text = toolkit.createText(root, "", SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private void fact(String label, String value) {
		toolkit.createLabel(root, label);
		Label v = toolkit.createLabel(root, value, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(v);
	}

	private void heading(String text, int level) {
		Label label = toolkit.createLabel(root, text, SWT.WRAP);
		label.setFont(level == 1 ? org.eclipse.jface.resource.JFaceResources.getHeaderFont()
				: org.eclipse.jface.resource.JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).indent(0, level == 1 ? 0 : 10).hint(400, SWT.DEFAULT)
				.applyTo(label);
	}

	private void note(String text) {
		Label label = toolkit.createLabel(root, text, SWT.WRAP);
		label.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(label);
	}
}
