package se.finsam.ui.internal.association;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import se.finsam.model.Association;
import se.finsam.model.Project;
import se.finsam.model.ProjectKind;
import se.finsam.ui.Session;
import se.finsam.ui.internal.Messages;

/** The handlers of Arkiv → Ny insats and Arkiv → Redigera förbund, which work on the förbund the user is in. */
public final class AssociationHandlers {

	private AssociationHandlers() {
	}

	/** Ny insats (Ctrl+N): in the selected förbund, the only one, or one the user picks; none yet: create it first. */
	public static class NewProjectHandler extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
			Session session = window.getService(Session.class);
			if (!session.isOpen()) {
				MessageDialog.openInformation(window.getShell(), Messages.NewProject_title, Messages.Association_notOpen);
				return null;
			}
			if (session.associations().isEmpty()) {
				MessageDialog.openInformation(window.getShell(), Messages.NewProject_title,
						Messages.NewProject_needsAssociation);
				AssociationDialog dialog = new AssociationDialog(window.getShell(), null);
				if (dialog.open() == Window.OK) {
					Job job = AssociationJobs.create(session, dialog.result());
					job.addJobChangeListener(new JobChangeAdapter() {
						@Override
						public void done(IJobChangeEvent e) {
							if (e.getResult().isOK()) {
								window.getShell().getDisplay().asyncExec(() -> NewProject.run(window.getActivePage(),
										session, session.associations().get(0), ProjectKind.PROJECT));
							}
						}
					});
				}
				return null;
			}
			Association a = chosen(HandlerUtil.getCurrentSelection(event), session, window.getShell());
			if (a != null) {
				NewProject.run(window.getActivePage(), session, a, ProjectKind.PROJECT);
			}
			return null;
		}
	}

	/** Redigera förbund: name, organisation number, diarienummer format, parties. */
	public static class EditAssociationHandler extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
			Session session = window.getService(Session.class);
			if (!session.isOpen() || session.associations().isEmpty()) {
				MessageDialog.openInformation(window.getShell(), Messages.Association_editTitle,
						Messages.Association_none);
				return null;
			}
			Association a = chosen(HandlerUtil.getCurrentSelection(event), session, window.getShell());
			if (a != null) {
				edit(window.getShell(), session, a);
			}
			return null;
		}
	}

	/** Opens the association dialog on it and saves what the user changed. */
	public static void edit(Shell shell, Session session, Association association) {
		AssociationDialog dialog = new AssociationDialog(shell, association);
		if (dialog.open() == Window.OK) {
			AssociationJobs.save(session, dialog.result());
		}
	}

	/** The förbund of the selection, else the only one, else the user's choice (null when cancelled). */
	static Association chosen(Object selection, Session session, Shell shell) {
		if (selection instanceof IStructuredSelection s && !s.isEmpty()) {
			Association a = of(s.getFirstElement());
			if (a != null) {
				return a;
			}
		}
		List<Association> all = session.associations();
		if (all.size() == 1) {
			return all.get(0);
		}
		ListDialog dialog = new ListDialog(shell);
		dialog.setTitle(Messages.Association_chooseTitle);
		dialog.setMessage(Messages.Association_choose);
		dialog.setContentProvider(ArrayContentProvider.getInstance());
		dialog.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Association) element).getName();
			}
		});
		dialog.setInput(all);
		dialog.setInitialSelections(all.get(0));
		return dialog.open() == Window.OK && dialog.getResult().length == 1 ? (Association) dialog.getResult()[0] : null;
	}

	/** The association an element of the navigator belongs to. */
	public static Association of(Object element) {
		if (element instanceof Association a) {
			return a;
		} else if (element instanceof Project p && p.eContainer() instanceof Association a) {
			return a;
		} else if (element instanceof org.eclipse.core.runtime.IAdaptable adaptable) {
			return adaptable.getAdapter(Association.class);
		}
		return null;
	}
}
