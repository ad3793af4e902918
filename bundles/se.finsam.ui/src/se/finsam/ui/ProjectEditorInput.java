package se.finsam.ui;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * Opens the project editor on one project. The page and the participant to show are hints: an editor already open
 * on the project is reused and told to show them ({@link ProjectEditorPages}).
 */
public final class ProjectEditorInput implements IEditorInput {

	public static final String EDITOR_ID = "se.finsam.ui.editors.project";

	/** Pages of the project editor. */
	public static final String OVERVIEW = "overview";
	public static final String PARTICIPANTS = "participants";
	public static final String BUDGET = "budget";
	public static final String REPORTS = "reports";

	private final String associationId;
	private final String projectId;
	private final String label;
	private final String page;
	private final String participantCode;

	public ProjectEditorInput(String associationId, String projectId, String label, String page,
			String participantCode) {
		this.associationId = associationId;
		this.projectId = projectId;
		this.label = label;
		this.page = page;
		this.participantCode = participantCode;
	}

	public String associationId() {
		return associationId;
	}

	public String projectId() {
		return projectId;
	}

	public String page() {
		return page;
	}

	public String participantCode() {
		return participantCode;
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		return label;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return label;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	/** One editor per project, whatever page was asked for. */
	@Override
	public boolean equals(Object other) {
		return other instanceof ProjectEditorInput p && p.projectId.equals(projectId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(projectId);
	}
}
