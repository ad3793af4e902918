package se.finsam.ui.editors.internal.reports;

import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import se.finsam.core.Formats;
import se.finsam.model.FinsamPackage.Literals;
import se.finsam.model.ReportInstance;
import se.finsam.reports.ProjectFields;
import se.finsam.reports.ReportInstances;
import se.finsam.reports.Templates;
import se.finsam.ui.ProjectEditorInput;
import se.finsam.ui.editors.internal.ContentFormPage;
import se.finsam.ui.editors.internal.Messages;
import se.finsam.ui.editors.internal.ProjectEditor;

/**
 * Rapporter: the project's reports, one per template and period. A new report starts filled from the data; the
 * selected one is answered in the form beside the list, previewed as PDF and exported in any format.
 */
public class ReportsPage extends ContentFormPage {

	private TableViewer list;
	private ScrolledComposite scroller;
	private ReportForm form;
	private FormToolkit toolkit;

	public ReportsPage(ProjectEditor editor) {
		super(editor, ProjectEditorInput.REPORTS, Messages.Reports_title);
	}

	@Override
	protected String loadingText() {
		return Messages.Reports_loading;
	}

	@Override
	protected void build(IManagedForm managedForm, Composite body) {
		toolkit = managedForm.getToolkit();
		managedForm.getForm().getBody().setLayout(GridLayoutFactory.swtDefaults().margins(6, 6).create());
		managedForm.getForm().setExpandVertical(true);
		Composite bar = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(bar);
		button(bar, Messages.Reports_new, Messages.Reports_newTip).addListener(SWT.Selection, e -> newReport());
		button(bar, Messages.Reports_remove, Messages.Reports_removeTip).addListener(SWT.Selection,
				e -> removeSelected());
		button(bar, Messages.Reports_preview, Messages.Reports_previewTip).addListener(SWT.Selection,
				e -> output(true));
		button(bar, Messages.Reports_export, Messages.Preview_exportTip).addListener(SWT.Selection,
				e -> output(false));

		SashForm sash = new SashForm(body, SWT.HORIZONTAL);
		toolkit.adapt(sash);
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 260).applyTo(sash);
		list = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		list.getTable().setHeaderVisible(true);
		column(Messages.Reports_columnTitle, 220, r -> r.getTitle());
		column(Messages.Reports_columnPeriod, 170, r -> ProjectFields.period(r.getPeriod()));
		column(Messages.Reports_columnStatus, 90, ReportsPage::status);
		column(Messages.Reports_columnModified, 90, r -> Formats.date(r.getModified()));
		list.setContentProvider(ArrayContentProvider.getInstance());
		list.setInput(project().getReports());
		scroller = new ScrolledComposite(sash, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		toolkit.adapt(scroller);
		sash.setWeights(35, 65);
		list.addSelectionChangedListener(e -> show((ReportInstance) e.getStructuredSelection().getFirstElement()));
		context().onChange(body, () -> {
			if (!list.getTable().isDisposed()) {
				list.refresh();
				if (form != null) {
					form.refresh();
				}
			}
		});
		if (!project().getReports().isEmpty()) {
			list.setSelection(new StructuredSelection(project().getReports().get(0)));
		}
	}

	/** The report being shown, or null. */
	public ReportInstance current() {
		return form == null ? null : form.report();
	}

	public ReportForm form() {
		return form;
	}

	private void show(ReportInstance report) {
		if (form != null) {
			form.dispose();
			form = null;
		}
		if (report != null) {
			Templates.find(report.getTemplateId()).ifPresentOrElse(t -> {
				ReportInstances.complete(t.template(), report);
				form = new ReportForm(scroller, toolkit, context(), fields(), project(), t, report);
				scroller.setContent(form.control());
				scroller.setMinHeight(form.control().computeSize(scroller.getClientArea().width, SWT.DEFAULT).y);
			}, () -> MessageDialog.openWarning(getSite().getShell(), Messages.Reports_title,
					NLS.bind(Messages.Reports_templateMissing, report.getTemplateId())));
		}
	}

	/** Selects a report (tests, the navigator). */
	public void select(ReportInstance report) {
		list.setSelection(new StructuredSelection(report), true);
	}

	private void newReport() {
		NewReportDialog dialog = new NewReportDialog(getSite().getShell(), project());
		if (dialog.open() != Window.OK) {
			return;
		}
		create(dialog.template(), dialog.from(), dialog.to());
	}

	/** Adds a report of the template for the period (undoable) and shows it. */
	public ReportInstance create(Templates.Installed template, java.time.LocalDate from, java.time.LocalDate to) {
		ReportInstance report = ReportInstances.create(project(), template.template(), from, to);
		context().execute(AddCommand.create(context().domain(), project(), Literals.PROJECT__REPORTS, report));
		list.refresh();
		select(report);
		return report;
	}

	private void removeSelected() {
		Object selected = ((IStructuredSelection) list.getSelection()).getFirstElement();
		if (selected instanceof ReportInstance r && MessageDialog.openConfirm(getSite().getShell(),
				Messages.Reports_removeTitle, NLS.bind(Messages.Reports_removeMessage, r.getTitle()))) {
			context().execute(RemoveCommand.create(context().domain(), project(), Literals.PROJECT__REPORTS, r));
			show(null);
			list.refresh();
		}
	}

	private void output(boolean preview) {
		if (form == null) {
			MessageDialog.openInformation(getSite().getShell(), Messages.Reports_title, Messages.Reports_selectFirst);
			return;
		}
		if (preview) {
			ReportOutput.preview(getSite().getPage(), project(), form.template(), form.report());
		} else {
			ReportOutput.export(getSite().getShell(), project(), form.template(), form.report());
		}
	}

	private Button button(Composite bar, String text, String tip) {
		Button b = toolkit.createButton(bar, text, SWT.PUSH);
		b.setToolTipText(tip);
		return b;
	}

	private void column(String title, int width, java.util.function.Function<ReportInstance, String> text) {
		TableViewerColumn c = new TableViewerColumn(list, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String t = text.apply((ReportInstance) element);
				return t == null ? "" : t;
			}
		});
	}

	private static String status(ReportInstance r) {
		return switch (r.getStatus()) {
		case COMPLETE -> Messages.Reports_statusComplete;
		case SUBMITTED -> Messages.Reports_statusSubmitted;
		default -> Messages.Reports_statusDraft;
		};
	}

	@Override
	public void dispose() {
		if (form != null) {
			form.dispose();
		}
		super.dispose();
	}

	static List<String> missing(Templates.Installed t, ReportInstance r, se.finsam.model.Project p) {
		return ReportInstances.missing(t.template(), r, p);
	}
}
