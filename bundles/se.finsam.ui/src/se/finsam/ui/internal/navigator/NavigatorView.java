package se.finsam.ui.internal.navigator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import se.finsam.model.Association;
import se.finsam.model.Project;
import se.finsam.store.ProjectSummary;
import se.finsam.ui.ProjectEditorPages;
import se.finsam.ui.HelpTopics;
import se.finsam.ui.Session;
import se.finsam.ui.internal.Messages;
import se.finsam.ui.internal.association.AssociationDialog;
import se.finsam.ui.internal.StartupSignal;
import se.finsam.ui.internal.association.AssociationJobs;
import se.finsam.ui.internal.session.SessionStartup;

/**
 * The evaluation specialist's map of the data: association → projects grouped by kind and status → participants,
 * budget, reports and evaluations. A search field finds projects by diarienummer or name and participants by code.
 */
public class NavigatorView extends ViewPart implements Session.Listener, HelpTopics.Contextual {

	public static final String ID = "se.finsam.ui.navigator";

	private final Map<String, Integer> participantCounts = new ConcurrentHashMap<>();
	private Session session;
	private StackLayout pages;
	private Composite content;
	private NavigatorNotice notice;
	private TreeViewer viewer;
	private Text search;
	private NavigatorActions actions;
	private boolean linkWithEditor = true;
	private final IPartListener2 editorTracker = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			if (linkWithEditor && ref.getPart(false) instanceof ProjectEditorPages pages) {
				revealProject(pages.projectId());
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		pages = new StackLayout();
		parent.setLayout(pages);
		content = new Composite(parent, SWT.NONE);
		notice = new NavigatorNotice(parent);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(content);
		search = new Text(content, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage(Messages.Navigator_searchHint);
		search.setToolTipText(Messages.Navigator_searchHint);
		GridDataFactory.fillDefaults().grab(true, false).indent(2, 2).applyTo(search);
		viewer = new TreeViewer(content, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.setContentProvider(new NavigatorContentProvider());
		viewer.setLabelProvider(new NavigatorLabelProvider(participantCounts));
		viewer.setUseHashlookup(true);
		getSite().setSelectionProvider(viewer);

		session = getSite().getService(Session.class);
		actions = new NavigatorActions(this, session);
		new NavigatorSearch(this, search, session);
		viewer.addDoubleClickListener(e -> actions.open());
		hookContextMenu();
		getViewSite().getActionBars().getToolBarManager().add(actions.refresh());
		getViewSite().getActionBars().getToolBarManager().add(actions.linkWithEditor());
		getSite().getPage().addPartListener(editorTracker);
		session.addListener(this);
		if (session.isOpen()) {
			opened();
		} else {
			notice.show(Messages.Navigator_opening);
			showPage(notice.control());
		}
	}

	private void showPage(org.eclipse.swt.widgets.Control page) {
		pages.topControl = page;
		page.getParent().layout(true, true);
	}

	/** The tree, or the notice when the database has no förbund yet. */
	private void showContent() {
		if (!session.associations().isEmpty()) {
			showPage(content);
			return;
		}
		notice.show(Messages.Navigator_empty,
				new NavigatorNotice.Choice(Messages.Welcome_create, Messages.Welcome_createTip, () -> {
					AssociationDialog dialog = new AssociationDialog(getSite().getShell(), null);
					if (dialog.open() == org.eclipse.jface.window.Window.OK) {
						AssociationJobs.create(session, dialog.result());
					}
				}),
				new NavigatorNotice.Choice(Messages.Welcome_example, Messages.Welcome_exampleTip,
						() -> AssociationJobs.createExample(session)));
		showPage(notice.control());
	}

	@Override
	public void failed(String reason) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		notice.show(NLS.bind(Messages.Navigator_failed, reason), new NavigatorNotice.Choice(Messages.Navigator_retry,
				Messages.Navigator_retryTip, () -> {
					notice.show(Messages.Navigator_opening);
					SessionStartup.schedule(session);
				}));
		showPage(notice.control());
		StartupSignal.failed(viewer.getControl().getDisplay());
	}

	/** Tests: what the navigator says instead of its tree, or null when the tree shows. */
	public String notice() {
		return pages.topControl == content ? null : notice.text();
	}

	private void hookContextMenu() {
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillContextMenu);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
	}

	private void fillContextMenu(IMenuManager menu) {
		actions.fill(menu);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	@Override
	public void opened() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		viewer.setInput(session.associations());
		viewer.expandToLevel(3);
		showContent();
		refreshCounts();
	}

	@Override
	public void changed(Object element) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		if (element == null) {
			viewer.setInput(session.associations());
			viewer.expandToLevel(3);
			showContent();
		} else {
			viewer.refresh();
		}
		refreshCounts();
	}

	/** Participant counts come from the store without loading anyone. */
	void refreshCounts() {
		Job job = Job.create(Messages.Navigator_counting, monitor -> {
			for (Association a : session.associations()) {
				for (ProjectSummary summary : session.store().projects(a.getId())) {
					participantCounts.put(summary.id(), summary.participants());
				}
			}
			viewer.getControl().getDisplay().asyncExec(() -> {
				if (!viewer.getControl().isDisposed()) {
					viewer.refresh();
					StartupSignal.usable(viewer.getControl().getDisplay());
				}
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	void revealProject(String projectId) {
		for (Association a : session.associations()) {
			for (Project p : a.getProjects()) {
				if (p.getId().equals(projectId)) {
					viewer.setSelection(new StructuredSelection(p), true);
					return;
				}
			}
		}
	}

	TreeViewer viewer() {
		return viewer;
	}

	IStructuredSelection selection() {
		return viewer.getStructuredSelection();
	}

	boolean isLinkedWithEditor() {
		return linkWithEditor;
	}

	void setLinkedWithEditor(boolean linked) {
		this.linkWithEditor = linked;
		IEditorPart editor = getSite().getPage().getActiveEditor();
		if (linked && editor instanceof ProjectEditorPages pages) {
			revealProject(pages.projectId());
		}
	}

	@Override
	public String helpTopic() {
		return HelpTopics.PROJECTS;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		session.removeListener(this);
		getSite().getPage().removePartListener(editorTracker);
		super.dispose();
	}

	static IStatus error(String message, Throwable e) {
		return new Status(IStatus.ERROR, "se.finsam.ui", message, e);
	}
}
