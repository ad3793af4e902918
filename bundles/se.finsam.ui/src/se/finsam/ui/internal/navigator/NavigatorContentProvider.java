package se.finsam.ui.internal.navigator;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;

import se.finsam.model.Association;
import se.finsam.model.Project;
import se.finsam.model.ProjectKind;
import se.finsam.ui.internal.navigator.Nodes.KindGroup;
import se.finsam.ui.internal.navigator.Nodes.Part;
import se.finsam.ui.internal.navigator.Nodes.ProjectPart;
import se.finsam.ui.internal.navigator.Nodes.Status;
import se.finsam.ui.internal.navigator.Nodes.StatusGroup;

/** Association → kind → status → project → participants, budget, reports, evaluations. */
final class NavigatorContentProvider implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		return input instanceof List<?> list ? list.toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof Association a) {
			return Arrays.stream(ProjectKind.values()).filter(k -> projects(a, k, null).length > 0)
					.map(k -> new KindGroup(a, k)).toArray();
		} else if (parent instanceof KindGroup g) {
			return Arrays.stream(Status.values()).filter(s -> projects(g.association(), g.kind(), s).length > 0)
					.map(s -> new StatusGroup(g.association(), g.kind(), s)).toArray();
		} else if (parent instanceof StatusGroup g) {
			return projects(g.association(), g.kind(), g.status());
		} else if (parent instanceof Project p) {
			return Arrays.stream(Part.values()).map(part -> new ProjectPart(p, part)).toArray();
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof KindGroup g) {
			return g.association();
		} else if (element instanceof StatusGroup g) {
			return new KindGroup(g.association(), g.kind());
		} else if (element instanceof Project p && p.eContainer() instanceof Association a) {
			return new StatusGroup(a, p.getKind(), Status.of(p, LocalDate.now()));
		} else if (element instanceof ProjectPart part) {
			return part.project();
		}
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return !(element instanceof ProjectPart) && getChildren(element).length > 0;
	}

	static Object[] projects(Association a, ProjectKind kind, Status status) {
		LocalDate today = LocalDate.now();
		return a.getProjects().stream().filter(p -> p.getKind() == kind)
				.filter(p -> status == null || Status.of(p, today) == status).toArray();
	}
}
