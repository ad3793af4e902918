package se.finsam.ui.internal.navigator;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

import se.finsam.model.Association;
import se.finsam.model.Project;
import se.finsam.ui.ProjectEditorInput;
import se.finsam.ui.Session;
import se.finsam.ui.internal.Messages;
import se.finsam.ui.internal.navigator.Nodes.KindGroup;
import se.finsam.ui.internal.navigator.Nodes.StatusGroup;

/**
 * The navigator's search field. Typing filters projects by diarienummer or name; Enter opens the only matching
 * project, or else looks the text up as a participant code and opens that participant.
 */
final class NavigatorSearch extends ViewerFilter {

	private final NavigatorView view;
	private final Session session;
	private String query = "";

	NavigatorSearch(NavigatorView view, Text text, Session session) {
		this.view = view;
		this.session = session;
		view.viewer().addFilter(this);
		text.addModifyListener(e -> {
			query = text.getText().strip().toLowerCase(Locale.ROOT);
			view.viewer().refresh();
			if (!query.isEmpty()) {
				view.viewer().expandAll();
			}
		});
		text.addListener(SWT.DefaultSelection, e -> openMatch(text.getText().strip()));
	}

	@Override
	public boolean select(Viewer viewer, Object parent, Object element) {
		if (query.isEmpty()) {
			return true;
		}
		if (element instanceof Project p) {
			return matches(p);
		} else if (element instanceof KindGroup g) {
			return g.association().getProjects().stream().anyMatch(p -> p.getKind() == g.kind() && matches(p));
		} else if (element instanceof StatusGroup g) {
			return NavigatorContentProvider.projects(g.association(), g.kind(), g.status()).length > 0
					&& java.util.Arrays.stream(NavigatorContentProvider.projects(g.association(), g.kind(), g.status()))
							.anyMatch(p -> matches((Project) p));
		}
		return true;
	}

	private boolean matches(Project p) {
		return contains(p.getDiarienummer()) || contains(p.getName());
	}

	private boolean contains(String text) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(query);
	}

	private void openMatch(String text) {
		if (text.isEmpty()) {
			return;
		}
		var projects = session.associations().stream().flatMap(a -> a.getProjects().stream()).filter(this::matches)
				.toList();
		if (projects.size() == 1) {
			view.viewer().setSelection(new StructuredSelection(projects.get(0)), true);
			new NavigatorActions(view, session).openEditor(projects.get(0), ProjectEditorInput.OVERVIEW, null);
			return;
		}
		Job lookup = Job.create(Messages.Navigator_searching, monitor -> {
			for (Association a : session.associations()) {
				Optional<String> projectId = session.store().findParticipant(a.getId(), text);
				if (projectId.isPresent()) {
					Project project = a.getProjects().stream().filter(p -> p.getId().equals(projectId.get())).findFirst()
							.orElseThrow();
					view.getSite().getShell().getDisplay().asyncExec(() -> new NavigatorActions(view, session)
							.openEditor(project, ProjectEditorInput.PARTICIPANTS, text));
					return Status.OK_STATUS;
				}
			}
			if (projects.isEmpty()) {
				view.getSite().getShell().getDisplay().asyncExec(() -> view.getViewSite().getActionBars()
						.getStatusLineManager().setErrorMessage(NLS.bind(Messages.Navigator_notFound, text)));
			}
			return Status.OK_STATUS;
		});
		lookup.schedule();
	}
}
