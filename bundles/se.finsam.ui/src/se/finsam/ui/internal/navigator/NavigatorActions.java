package se.finsam.ui.internal.navigator;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.PartInitException;

import se.finsam.model.Association;
import se.finsam.model.Project;
import se.finsam.model.ProjectKind;
import se.finsam.store.StoreException;
import se.finsam.ui.ProjectEditorInput;
import se.finsam.ui.Session;
import se.finsam.ui.internal.Messages;
import se.finsam.ui.internal.association.AssociationHandlers;
import se.finsam.ui.internal.association.AssociationJobs;
import se.finsam.ui.internal.association.NewProject;
import se.finsam.ui.internal.navigator.Nodes.KindGroup;
import se.finsam.ui.internal.navigator.Nodes.ProjectPart;
import se.finsam.ui.internal.navigator.Nodes.StatusGroup;

/** The navigator's actions: new, open, rename, delete (with confirmation), refresh, link with editor. */
final class NavigatorActions {

	private final NavigatorView view;
	private final Session session;

	NavigatorActions(NavigatorView view, Session session) {
		this.view = view;
		this.session = session;
	}

	void fill(IMenuManager menu) {
		Object element = view.selection().getFirstElement();
		Association association = association(element);
		if (association != null) {
			menu.add(action(Messages.Navigator_newProject, () -> NewProject.run(view.getSite().getPage(), session,
					association, kind(element))));
		}
		if (element instanceof Project || element instanceof ProjectPart) {
			menu.add(action(Messages.Navigator_open, this::open));
		}
		if (element instanceof Project project) {
			menu.add(action(Messages.Navigator_rename, () -> rename(project)));
			menu.add(new Separator());
			menu.add(action(Messages.Navigator_delete, () -> delete(project)));
		}
		if (element instanceof Association a) {
			menu.add(new Separator());
			menu.add(action(Messages.Navigator_editAssociation,
					() -> AssociationHandlers.edit(shell(), session, a)));
			if (a.isExample()) {
				menu.add(action(Messages.Navigator_removeExample, () -> removeExample(a)));
			}
		}
		menu.add(new Separator());
		menu.add(refresh());
	}

	private void removeExample(Association example) {
		if (MessageDialog.openConfirm(shell(), Messages.Navigator_removeExample,
				NLS.bind(Messages.Welcome_removeExampleConfirm, example.getName()))) {
			AssociationJobs.delete(session, example);
		}
	}

	IAction refresh() {
		Action refresh = action(Messages.Navigator_refresh, () -> run(Messages.Navigator_refreshing, monitor -> {
			session.reload(monitor);
			session.fireChanged(null);
		}));
		refresh.setImageDescriptor(org.eclipse.jface.resource.ResourceLocator
				.imageDescriptorFromBundle(getClass(), "icons/refresh16.png").orElse(null));
		refresh.setToolTipText(Messages.Navigator_refresh);
		return refresh;
	}

	IAction linkWithEditor() {
		Action link = new Action(Messages.Navigator_link, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				view.setLinkedWithEditor(isChecked());
			}
		};
		link.setChecked(view.isLinkedWithEditor());
		link.setImageDescriptor(org.eclipse.ui.PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(org.eclipse.ui.ISharedImages.IMG_ELCL_SYNCED));
		link.setToolTipText(Messages.Navigator_link);
		return link;
	}

	/** Opens the selected project (or its participants or budget) in the project editor. */
	void open() {
		Object element = view.selection().getFirstElement();
		if (element instanceof Project p) {
			openEditor(p, ProjectEditorInput.OVERVIEW, null);
		} else if (element instanceof ProjectPart part) {
			String page = switch (part.part()) {
			case PARTICIPANTS -> ProjectEditorInput.PARTICIPANTS;
			case BUDGET -> ProjectEditorInput.BUDGET;
			case REPORTS -> ProjectEditorInput.REPORTS;
			default -> ProjectEditorInput.OVERVIEW;
			};
			openEditor(part.project(), page, null);
		} else if (element != null) {
			view.viewer().setExpandedState(element, !view.viewer().getExpandedState(element));
		}
	}

	void openEditor(Project project, String page, String participantCode) {
		NewProject.open(view.getSite().getPage(), project, page, participantCode);
	}

	private void rename(Project project) {
		if (openEditorOf(project) != null) {
			openEditor(project, ProjectEditorInput.OVERVIEW, null); // it is edited there, with undo
			return;
		}
		InputDialog dialog = new InputDialog(shell(), Messages.Navigator_renameTitle,
				NLS.bind(Messages.Navigator_renameMessage, project.getDiarienummer()), project.getName(),
				text -> text.isBlank() ? Messages.Navigator_renameEmpty : null);
		if (dialog.open() != Window.OK) {
			return;
		}
		String old = project.getName();
		project.setName(dialog.getValue().strip());
		run(Messages.Navigator_saving, monitor -> {
			try {
				session.store().saveProject(project);
			} catch (StoreException e) {
				Display.getDefault().syncExec(() -> project.setName(old));
				throw e;
			}
			session.fireChanged(project);
		});
	}

	private void delete(Project project) {
		String label = project.getDiarienummer() + " " + project.getName();
		if (!MessageDialog.openConfirm(shell(), Messages.Navigator_deleteTitle,
				NLS.bind(Messages.Navigator_deleteMessage, label))) {
			return;
		}
		IEditorReference editor = openEditorOf(project);
		if (editor != null) {
			view.getSite().getPage().closeEditors(new IEditorReference[] { editor }, false);
		}
		run(Messages.Navigator_deleting, monitor -> {
			session.store().deleteProject(project);
			Display.getDefault().syncExec(() -> ((Association) project.eContainer()).getProjects().remove(project));
			session.fireChanged(null);
		});
	}

	private IEditorReference openEditorOf(Project project) {
		for (IEditorReference ref : view.getSite().getPage().getEditorReferences()) {
			try {
				if (ref.getEditorInput() instanceof ProjectEditorInput in && in.projectId().equals(project.getId())) {
					return ref;
				}
			} catch (PartInitException e) {
				// an editor that failed to open is not ours to worry about here
			}
		}
		return null;
	}

	/** Runs store work in a Job; a failure is shown with the store's own message. */
	private void run(String name, Consumer<IProgressMonitor> work) {
		Job job = Job.create(name, monitor -> {
			try {
				work.accept(monitor);
				return Status.OK_STATUS;
			} catch (StoreException e) {
				return NavigatorView.error(e.getMessage(), e);
			}
		});
		job.setUser(true);
		job.schedule();
	}

	private static Association association(Object element) {
		if (element instanceof Association a) {
			return a;
		} else if (element instanceof KindGroup g) {
			return g.association();
		} else if (element instanceof StatusGroup g) {
			return g.association();
		}
		return null;
	}

	private static ProjectKind kind(Object element) {
		if (element instanceof KindGroup g) {
			return g.kind();
		} else if (element instanceof StatusGroup g) {
			return g.kind();
		}
		return ProjectKind.PROJECT;
	}

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	private org.eclipse.swt.widgets.Shell shell() {
		return view.getSite().getShell();
	}
}
