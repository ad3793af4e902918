package se.finsam.ui.internal.association;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.statushandlers.StatusManager;

import se.finsam.model.Association;
import se.finsam.model.Project;
import se.finsam.model.ProjectKind;
import se.finsam.store.StoreException;
import se.finsam.ui.ProjectEditorInput;
import se.finsam.ui.ProjectEditorPages;
import se.finsam.ui.Session;
import se.finsam.ui.internal.Messages;

/** Creating an insats (Arkiv → Ny insats, the toolbar, the navigator) and opening a project's editor. */
public final class NewProject {

	private NewProject() {
	}

	/** Asks for the new insats, stores it and opens it. */
	public static void run(IWorkbenchPage page, Session session, Association association, ProjectKind kind) {
		NewProjectDialog dialog = new NewProjectDialog(page.getWorkbenchWindow().getShell(), association, kind);
		if (dialog.open() != Window.OK) {
			return;
		}
		Project project = dialog.result();
		Job job = Job.create(Messages.NewProject_saving, monitor -> {
			Display.getDefault().syncExec(() -> association.getProjects().add(project));
			try {
				session.store().saveProject(project);
			} catch (StoreException e) {
				Display.getDefault().syncExec(() -> association.getProjects().remove(project));
				return Status.error(e.getMessage(), e);
			}
			session.fireChanged(project);
			Display.getDefault().asyncExec(() -> open(page, project, ProjectEditorInput.OVERVIEW, null));
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
	}

	/** Opens the project in its editor, on the page (and participant) asked for. */
	public static void open(IWorkbenchPage page, Project project, String editorPage, String participantCode) {
		Association a = (Association) project.eContainer();
		String label = project.getDiarienummer() + " " + (project.getName() == null ? "" : project.getName());
		try {
			var editor = page.openEditor(new ProjectEditorInput(a.getId(), project.getId(), label.strip(), editorPage,
					participantCode), ProjectEditorInput.EDITOR_ID);
			if (editor instanceof ProjectEditorPages pages) {
				pages.show(editorPage, participantCode);
			}
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
		}
	}
}
