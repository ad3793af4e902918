package se.finsam.ui.editors.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import se.finsam.model.Project;
import se.finsam.model.validation.Problem;

/**
 * A page of the project editor: a scrolled form with sections, fields bound through the editing context, and the
 * validation problems at their fields and counted in the header.
 */
public abstract class ProjectFormPage extends FormPage {

	private Fields fields;
	private final Consumer<List<Problem>> problemListener = this::showProblems;

	protected ProjectFormPage(ProjectEditor editor, String id, String title) {
		super(editor, id, title);
	}

	@Override
	public ProjectEditor getEditor() {
		return (ProjectEditor) super.getEditor();
	}

	protected Project project() {
		return getEditor().project();
	}

	protected EditingContext context() {
		return getEditor().context();
	}

	protected Fields fields() {
		return fields;
	}

	@Override
	protected final void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		toolkit.decorateFormHeading(form.getForm());
		form.setText(getTitle());
		fields = new Fields(context(), toolkit);
		GridLayoutFactory.swtDefaults().numColumns(columns()).equalWidth(columns() > 1).margins(10, 10).spacing(16, 12)
				.applyTo(form.getBody());
		createContent(managedForm, form.getBody());
		if (context().readOnly()) {
			form.setData(Fields.READ_ONLY, Messages.Editor_readOnly);
			form.setMessage(Messages.Editor_readOnly, org.eclipse.jface.dialogs.IMessageProvider.INFORMATION);
			ReadOnlyControls.lock(form.getBody());
		}
		context().addProblemListener(problemListener);
	}

	/** How many columns of sections the page has. */
	protected int columns() {
		return 1;
	}

	protected abstract void createContent(IManagedForm managedForm, Composite body);

	/** A table's hint, and how to edit its cells unless the project is read-only (a team server's reader). */
	protected String editableHint(String hint) {
		return context().readOnly() ? hint : hint + " " + Messages.Table_clickToEdit;
	}

	/** A titled section with a two-column grid (labels and fields) for its client. */
	protected Composite section(IManagedForm managedForm, Composite body, String title, String description) {
		FormToolkit toolkit = managedForm.getToolkit();
		Section section = toolkit.createSection(body,
				ExpandableComposite.TITLE_BAR | (description == null ? 0 : Section.DESCRIPTION));
		section.setText(title);
		if (description != null) {
			section.setDescription(description);
		}
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.BEGINNING).applyTo(section);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(10, 6).applyTo(client);
		section.setClient(client);
		toolkit.paintBordersFor(client);
		return client;
	}

	/** Shows the problems; pages with their own fields per selection override it. */
	protected void showProblems(List<Problem> problems) {
		if (getManagedForm() != null && !getManagedForm().getForm().isDisposed()) {
			fields.show(problems, getManagedForm().getForm());
		}
	}

	@Override
	public void dispose() {
		if (getEditor().context() != null) {
			context().removeProblemListener(problemListener);
		}
		if (fields != null) {
			fields.dispose();
		}
		super.dispose();
	}
}
