package se.finsam.ui.internal.welcome;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.statushandlers.StatusManager;

import se.finsam.model.Association;
import se.finsam.ui.HelpTopics;
import se.finsam.ui.ReadOnlyEditor;
import se.finsam.ui.Session;
import se.finsam.ui.internal.Messages;
import se.finsam.ui.internal.association.AssociationDialog;
import se.finsam.ui.internal.association.AssociationJobs;

/**
 * What a new user sees first instead of an empty editor area: create the förbund, import from Excel, or try the
 * example data (opt-in, marked "Exempel", removable). Shown at start while the database has no förbund, and from
 * Hjälp → Välkommen at any time.
 */
public class WelcomeEditor extends ReadOnlyEditor implements Session.Listener, HelpTopics.Contextual {

	public static final String ID = "se.finsam.ui.welcome";
	/** The import wizard's command (bundle se.finsam.io.xlsx.ui, which may be absent). */
	public static final String IMPORT = "se.finsam.io.xlsx.ui.import";

	private Session session;
	private FormToolkit toolkit;
	private ScrolledForm form;
	private Label state;
	private Button example;

	/** Opens (or shows) the welcome page in the window's page. */
	public static void open(IWorkbenchPage page) {
		try {
			page.openEditor(WelcomeInput.INSTANCE, ID);
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG | StatusManager.SHOW);
		}
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) {
		setSite(site);
		setInput(input);
		setPartName(Messages.Welcome_tab);
		setTitleToolTip(Messages.Welcome_title);
	}

	@Override
	public void createPartControl(Composite parent) {
		session = getSite().getService(Session.class);
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setText(Messages.Welcome_title);
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		GridLayoutFactory.swtDefaults().margins(24, 16).spacing(12, 18).applyTo(body);
		Label intro = toolkit.createLabel(body, Messages.Welcome_intro, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(intro);
		state = toolkit.createLabel(body, "", SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(state);

		choice(body, Messages.Welcome_createTitle, Messages.Welcome_createText, Messages.Welcome_create,
				Messages.Welcome_createTip, this::createAssociation);
		choice(body, Messages.Welcome_importTitle, Messages.Welcome_importText, Messages.Welcome_import,
				Messages.Welcome_importTip, this::importFromExcel);
		example = choice(body, Messages.Welcome_exampleTitle, Messages.Welcome_exampleText, Messages.Welcome_example,
				Messages.Welcome_exampleTip, this::toggleExample);
		org.eclipse.ui.forms.widgets.Hyperlink guide = toolkit.createHyperlink(body, Messages.Welcome_guide, SWT.NONE);
		guide.setToolTipText(Messages.Welcome_guideTip);
		guide.addHyperlinkListener(new org.eclipse.ui.forms.events.HyperlinkAdapter() {
			@Override
			public void linkActivated(org.eclipse.ui.forms.events.HyperlinkEvent e) {
				HelpTopics.show(HelpTopics.GETTING_STARTED);
			}
		});
		session.addListener(this);
		refresh();
	}

	/** A heading, what it does, and the button that does it. */
	private Button choice(Composite body, String title, String text, String button, String tip, Runnable action) {
		Composite c = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(16, 4).applyTo(c);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(c);
		Label heading = toolkit.createLabel(c, title);
		heading.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().span(2, 1).applyTo(heading);
		Label description = toolkit.createLabel(c, text, SWT.WRAP);
		// Narrow hints: the text wraps to the room left, the button keeps its place.
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(description);
		Button b = toolkit.createButton(c, button, SWT.PUSH);
		b.setToolTipText(tip);
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).hint(200, SWT.DEFAULT).applyTo(b);
		b.addListener(SWT.Selection, e -> action.run());
		return b;
	}

	/** The state line and the example button follow what the database holds. */
	private void refresh() {
		if (form == null || form.isDisposed()) {
			return;
		}
		boolean open = session.isOpen();
		Association example = open ? example() : null;
		int count = open ? session.associations().size() : 0;
		state.setText(!open ? Messages.Welcome_opening
				: count == 0 ? Messages.Welcome_empty
						: NLS.bind(Messages.Welcome_count, count, String.join(", ",
								session.associations().stream().map(Association::getName).toList())));
		this.example.setText(example == null ? Messages.Welcome_example : Messages.Welcome_removeExample);
		this.example.setToolTipText(example == null ? Messages.Welcome_exampleTip : Messages.Welcome_removeExampleTip);
		this.example.setEnabled(open);
		form.reflow(true);
	}

	private Association example() {
		return session.associations().stream().filter(Association::isExample).findFirst().orElse(null);
	}

	private Job createAssociation() {
		if (!session.isOpen()) {
			return null;
		}
		AssociationDialog dialog = new AssociationDialog(getSite().getShell(), null);
		return dialog.open() == Window.OK ? AssociationJobs.create(session, dialog.result()) : null;
	}

	/** The import needs a förbund to put the insatser in: without one, it is created first. */
	private void importFromExcel() {
		if (!session.isOpen()) {
			return;
		}
		if (session.associations().isEmpty()) {
			MessageDialog.openInformation(getSite().getShell(), Messages.Welcome_importTitle,
					Messages.Welcome_importNeedsAssociation);
			Job created = createAssociation();
			if (created != null) {
				created.addJobChangeListener(new JobChangeAdapter() {
					@Override
					public void done(IJobChangeEvent event) {
						if (event.getResult().isOK()) {
							getSite().getShell().getDisplay().asyncExec(WelcomeEditor.this::runImport);
						}
					}
				});
			}
			return;
		}
		runImport();
	}

	private void runImport() {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		Command command = commands.getCommand(IMPORT);
		try {
			if (!command.isDefined()) {
				MessageDialog.openInformation(getSite().getShell(), Messages.Welcome_importTitle,
						Messages.Welcome_importMissing);
				return;
			}
			getSite().getService(IHandlerService.class).executeCommand(IMPORT, null);
		} catch (Exception e) {
			StatusManager.getManager().handle(
					new org.eclipse.core.runtime.Status(org.eclipse.core.runtime.IStatus.ERROR, "se.finsam.ui",
							e.getMessage(), e), StatusManager.SHOW | StatusManager.LOG);
		}
	}

	private void toggleExample() {
		Association example = example();
		if (example == null) {
			AssociationJobs.createExample(session);
		} else if (MessageDialog.openConfirm(getSite().getShell(), Messages.Welcome_removeExample,
				NLS.bind(Messages.Welcome_removeExampleConfirm, example.getName()))) {
			AssociationJobs.delete(session, example);
		}
	}

	@Override
	public String helpTopic() {
		return HelpTopics.GETTING_STARTED;
	}

	@Override
	public void opened() {
		refresh();
	}

	@Override
	public void changed(Object element) {
		refresh();
	}

	@Override
	public void setFocus() {
		form.setFocus();
	}

	@Override
	public void dispose() {
		if (session != null) {
			session.removeListener(this);
		}
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}
}
