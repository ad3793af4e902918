package se.finsam.ui.editors.internal;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.FormText;

/**
 * A page that needs the project's content (participants, budget): it says it is loading while the editor's Job
 * reads them, builds itself when they arrive, and offers to load again when the load was cancelled or failed.
 */
public abstract class ContentFormPage extends ProjectFormPage implements ProjectEditor.ContentAware {

	private Composite body;
	private FormText placeholder;
	private boolean built;

	protected ContentFormPage(ProjectEditor editor, String id, String title) {
		super(editor, id, title);
	}

	@Override
	protected final void createContent(IManagedForm managedForm, Composite body) {
		this.body = body;
		if (available()) {
			buildOnce(managedForm);
		} else if (getEditor().unavailable() != null) {
			// Created after the load ended without content: say why, not "loading" for ever.
			placeholder(getEditor().unavailable(), getEditor().retryHelps());
		} else {
			placeholder(loadingText(), false);
		}
	}

	/** Whether what the page shows is loaded; the budget page also builds from a reader's budget alone. */
	protected boolean available() {
		return project().isContentLoaded();
	}

	/** The sentence shown while the content loads. */
	protected abstract String loadingText();

	/** Builds the page once the content is there. */
	protected abstract void build(IManagedForm managedForm, Composite body);

	protected Composite body() {
		return body;
	}

	protected FormToolkit toolkit() {
		return getManagedForm().getToolkit();
	}

	@Override
	public void contentLoaded() {
		if (body != null && !body.isDisposed() && !built) {
			buildOnce(getManagedForm());
			body.layout(true, true);
			getManagedForm().reflow(true);
		}
	}

	@Override
	public void contentUnavailable(String message, boolean retry) {
		if (body != null && !body.isDisposed() && !built) {
			if (available()) {
				contentLoaded();
			} else {
				placeholder(message, retry);
			}
		}
	}

	private void buildOnce(IManagedForm managedForm) {
		if (placeholder != null) {
			placeholder.dispose();
			placeholder = null;
		}
		built = true;
		build(managedForm, body);
		if (context().readOnly()) {
			ReadOnlyControls.lock(body);
		}
	}

	private void placeholder(String message, boolean retry) {
		if (placeholder == null) {
			placeholder = toolkit().createFormText(body, true);
			// Wrapped at the page's width: a refusal can be a long sentence.
			org.eclipse.jface.layout.GridDataFactory.fillDefaults().grab(true, false).hint(400, org.eclipse.swt.SWT.DEFAULT)
					.span(body.getLayout() instanceof org.eclipse.swt.layout.GridLayout grid ? grid.numColumns : 1, 1)
					.applyTo(placeholder);
			placeholder.addHyperlinkListener(new HyperlinkAdapter() {
				@Override
				public void linkActivated(HyperlinkEvent e) {
					placeholder(loadingText(), false);
					getEditor().reloadContent();
				}
			});
		}
		String text = escape(message) + (retry ? " <a href=\"reload\">" + escape(Messages.Editor_reload) + "</a>" : "");
		placeholder.setText("<form><p>" + text + "</p></form>", true, false);
		body.layout(true, true);
	}

	private static String escape(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
