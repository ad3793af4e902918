package se.finsam.ui.internal.navigator;

import java.net.URL;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;

import se.finsam.model.Project;
import se.finsam.model.ProjectKind;
import se.finsam.model.provider.FinsamItemProviderAdapterFactory;
import se.finsam.ui.internal.Messages;
import se.finsam.ui.internal.navigator.Nodes.KindGroup;
import se.finsam.ui.internal.navigator.Nodes.ProjectPart;
import se.finsam.ui.internal.navigator.Nodes.StatusGroup;

/** Labels and icons: EMF's item providers for model objects, our own for the grouping nodes. */
final class NavigatorLabelProvider extends ColumnLabelProvider {

	private final AdapterFactory adapters = new FinsamItemProviderAdapterFactory();
	private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
	private final Map<String, Integer> participantCounts;

	NavigatorLabelProvider(Map<String, Integer> participantCounts) {
		this.participantCounts = participantCounts;
	}

	@Override
	public String getText(Object element) {
		if (element instanceof KindGroup g) {
			return kind(g.kind()) + " (" + NavigatorContentProvider.projects(g.association(), g.kind(), null).length + ")";
		} else if (element instanceof StatusGroup g) {
			return status(g.status()) + " ("
					+ NavigatorContentProvider.projects(g.association(), g.kind(), g.status()).length + ")";
		} else if (element instanceof ProjectPart part) {
			return partLabel(part);
		}
		IItemLabelProvider provider = (IItemLabelProvider) adapters.adapt(element, IItemLabelProvider.class);
		String text = provider == null ? String.valueOf(element) : provider.getText(element);
		return element instanceof se.finsam.model.Association a && a.isExample()
				? NLS.bind(Messages.Navigator_exampleLabel, text) : text;
	}

	@Override
	public Image getImage(Object element) {
		Object target = element;
		if (element instanceof ProjectPart part) {
			target = switch (part.part()) {
			case PARTICIPANTS -> se.finsam.model.FinsamFactory.eINSTANCE.createParticipant();
			case BUDGET -> se.finsam.model.FinsamFactory.eINSTANCE.createBudget();
			case REPORTS -> se.finsam.model.FinsamFactory.eINSTANCE.createReportInstance();
			case EVALUATIONS -> se.finsam.model.FinsamFactory.eINSTANCE.createEvaluation();
			};
		} else if (element instanceof KindGroup || element instanceof StatusGroup) {
			return resources.create(ImageDescriptor.createFromURLSupplier(true,
					() -> getClass().getResource("/icons/folder16.png")));
		}
		IItemLabelProvider provider = (IItemLabelProvider) adapters.adapt(target, IItemLabelProvider.class);
		Object image = provider == null ? null : provider.getImage(target);
		return image instanceof URL url ? resources.create(ImageDescriptor.createFromURL(url)) : null;
	}

	private String partLabel(ProjectPart part) {
		Project p = part.project();
		return switch (part.part()) {
		case PARTICIPANTS -> {
			Integer count = p.isContentLoaded() ? Integer.valueOf(p.getParticipants().size())
					: participantCounts.get(p.getId());
			yield count == null ? Messages.Navigator_participants
					: NLS.bind(Messages.Navigator_participantsCount, count == se.finsam.store.ProjectSummary.SUPPRESSED
							? "<" + se.finsam.store.ProjectSummary.SMALLEST_SHOWN : se.finsam.core.Formats.count(count));
		}
		case BUDGET -> Messages.Navigator_budget;
		case REPORTS -> Messages.Navigator_reports + (p.isContentLoaded() ? " (" + p.getReports().size() + ")" : "");
		case EVALUATIONS -> Messages.Navigator_evaluations
				+ (p.isContentLoaded() ? " (" + p.getEvaluations().size() + ")" : "");
		};
	}

	static String kind(ProjectKind kind) {
		return kind == ProjectKind.LONG_TERM_COOPERATION ? Messages.Navigator_longTerm : Messages.Navigator_projects;
	}

	static String status(Nodes.Status status) {
		return switch (status) {
		case ACTIVE -> Messages.Navigator_active;
		case PLANNED -> Messages.Navigator_planned;
		case FINISHED -> Messages.Navigator_finished;
		};
	}

	@Override
	public void dispose() {
		resources.dispose();
		super.dispose();
	}
}
