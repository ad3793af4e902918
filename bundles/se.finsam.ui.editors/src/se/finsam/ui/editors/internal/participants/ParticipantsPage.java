package se.finsam.ui.editors.internal.participants;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import se.finsam.core.Formats;
import se.finsam.model.FinsamFactory;
import se.finsam.model.FinsamPackage.Literals;
import se.finsam.model.Participant;
import se.finsam.model.validation.Problem;
import se.finsam.ui.ProjectEditorInput;
import se.finsam.ui.editors.internal.ContentFormPage;
import se.finsam.ui.editors.internal.Messages;
import se.finsam.ui.editors.internal.ProjectEditor;

/**
 * Deltagare: the project's participants in a table (sort, filter per column and by free text, choose columns) and
 * the selected participant's every field beside it.
 */
public class ParticipantsPage extends ContentFormPage {

	private Composite body;
	private FormToolkit toolkit;
	private ParticipantRows rows;
	private ParticipantTable table;
	private ParticipantDetails details;
	private Text filter;
	private Label count;
	private boolean refreshQueued;
	/**
	 * Participants added or removed re-run the filters and the order; a changed field only repaints, so the row
	 * the user is editing stays selected and in place.
	 */
	private final EContentAdapter modelWatcher = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification n) {
			super.notifyChanged(n);
			if (!n.isTouch()) {
				queueRefresh(n.getFeature() == Literals.PROJECT__PARTICIPANTS);
			}
		}
	};
	private boolean listChanged;

	public ParticipantsPage(ProjectEditor editor) {
		super(editor, ProjectEditorInput.PARTICIPANTS, Messages.Participants_title);
	}

	@Override
	protected String loadingText() {
		return Messages.Participants_loading;
	}

	@Override
	protected void build(IManagedForm managedForm, Composite body) {
		this.body = body;
		this.toolkit = managedForm.getToolkit();
		getManagedForm().getForm().getBody().setLayout(GridLayoutFactory.swtDefaults().margins(6, 6).create());
		Composite bar = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		filter = toolkit.createText(bar, "", SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.Participants_filterHint);
		GridDataFactory.fillDefaults().hint(280, SWT.DEFAULT).applyTo(filter);
		Button columns = toolkit.createButton(bar, Messages.Participants_columns, SWT.PUSH);
		Button add = toolkit.createButton(bar, Messages.Participants_add, SWT.PUSH);
		Button remove = toolkit.createButton(bar, Messages.Participants_remove, SWT.PUSH);
		columns.setToolTipText(Messages.Participants_columnsTip);
		add.setToolTipText(Messages.Participants_addTip);
		remove.setToolTipText(Messages.Participants_removeTip);
		count = toolkit.createLabel(bar, "");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.END, SWT.CENTER).applyTo(count);

		SashForm sash = new SashForm(body, SWT.HORIZONTAL);
		toolkit.adapt(sash);
		// The page fills the editor; the table scrolls itself rather than the whole form.
		getManagedForm().getForm().setExpandVertical(true);
		// Small hints: the sash takes what the editor has instead of widening the form to the table's full width.
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 260).applyTo(sash);
		rows = new ParticipantRows(project().getParticipants(), this::rowsChanged);
		table = new ParticipantTable(sash, rows);
		ScrolledComposite scroller = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
		// The reveal is recorded before the number shows; a quick insert, waited for with the busy cursor.
		details = new ParticipantDetails(scroller, toolkit, context(), entry -> org.eclipse.swt.custom.BusyIndicator
				.showWhile(scroller.getDisplay(), () -> getEditor().session().store().record(entry)));
		scroller.setContent(details.control());
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		// Scroll vertically only: the form narrows to the sash's share instead of hiding its labels.
		scroller.setMinHeight(details.control().computeSize(SWT.DEFAULT, SWT.DEFAULT).y);
		sash.setWeights(64, 36);

		filter.addModifyListener(e -> rows.setFreeText(filter.getText()));
		columns.addListener(SWT.Selection, e -> table.chooseColumns());
		add.addListener(SWT.Selection, e -> addParticipant());
		remove.addListener(SWT.Selection, e -> removeSelected());
		table.selection().addSelectionChangedListener(e -> {
			Object first = e.getStructuredSelection().getFirstElement();
			details.show(first instanceof Participant p ? p : null);
			showProblems(context().problems());
		});
		getSite().setSelectionProvider(table.selection());
		project().eAdapters().add(modelWatcher);
		rowsChanged();
	}

	/** Selects the participant with this code (from the navigator's search). */
	public void select(String code) {
		if (table == null) {
			return;
		}
		project().getParticipants().stream().filter(p -> code.equalsIgnoreCase(p.getCode())).findFirst()
				.ifPresent(table::reveal);
	}

	public ParticipantRows rows() {
		return rows;
	}

	public ParticipantTable table() {
		return table;
	}

	/** The free-text filter above the table. */
	public Text filterField() {
		return filter;
	}

	public ParticipantDetails details() {
		return details;
	}

	private void addParticipant() {
		Set<String> codes = project().getParticipants().stream().map(Participant::getCode).collect(Collectors.toSet());
		int n = project().getParticipants().size() + 1;
		while (codes.contains(Messages.Participants_newCodePrefix + n)) {
			n++;
		}
		Participant p = FinsamFactory.eINSTANCE.createParticipant();
		p.setCode(Messages.Participants_newCodePrefix + n);
		p.setConsent(true);
		context().execute(AddCommand.create(context().domain(), project(), Literals.PROJECT__PARTICIPANTS, p));
		rows.recompute();
		table.reveal(p);
		details.show(p);
	}

	private void removeSelected() {
		List<?> selected = ((org.eclipse.jface.viewers.IStructuredSelection) table.selection().getSelection()).toList();
		if (selected.isEmpty()) {
			return;
		}
		String codes = selected.stream().map(o -> ((Participant) o).getCode()).collect(Collectors.joining(", "));
		if (MessageDialog.openConfirm(getSite().getShell(), Messages.Participants_removeTitle,
				NLS.bind(Messages.Participants_removeMessage, codes))) {
			context().execute(RemoveCommand.create(context().domain(), project(), Literals.PROJECT__PARTICIPANTS, selected));
			details.show(null);
		}
	}

	/** Many notifications (an undo of a big change) make one refresh. */
	private void queueRefresh(boolean list) {
		listChanged |= list;
		if (refreshQueued || body == null || body.isDisposed()) {
			return;
		}
		refreshQueued = true;
		body.getDisplay().asyncExec(() -> {
			refreshQueued = false;
			if (rows == null || body.isDisposed()) {
				return;
			}
			if (listChanged) {
				listChanged = false;
				Participant selected = details.current();
				rows.recompute();
				if (selected != null && rows.visible().contains(selected)) {
					table.reveal(selected);
				} else {
					details.show(null);
				}
			} else {
				table.control().redraw();
			}
		});
	}

	private void rowsChanged() {
		if (rows == null) {
			return; // the rows announce themselves while being built
		}
		if (table != null) {
			table.refresh();
		}
		if (count != null && !count.isDisposed()) {
			String text = NLS.bind(Messages.Participants_count, Formats.count(rows.total()),
					Formats.count(rows.visible().size()));
			count.setText(text);
			count.getParent().layout();
			getEditorSite().getActionBars().getStatusLineManager().setMessage(text);
		}
	}

	@Override
	protected void showProblems(List<Problem> problems) {
		if (details == null || getManagedForm() == null || getManagedForm().getForm().isDisposed()) {
			return;
		}
		int here = details.showProblems(problems);
		long others = problems.stream().filter(Problem::error).filter(p -> !isShown(p)).count();
		se.finsam.ui.editors.internal.Fields.heading(getManagedForm().getForm(), here, (int) others);
		table.markProblems(problems);
	}

	private boolean isShown(Problem p) {
		Participant current = details.current();
		return current != null && (p.object() == current || p.object().eContainer() == current);
	}

	@Override
	public void dispose() {
		project().eAdapters().remove(modelWatcher);
		if (details != null) {
			details.dispose();
		}
		super.dispose();
	}
}
