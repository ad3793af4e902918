package se.finsam.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPlaceholderFolderLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The evaluation specialist's perspective: the navigator on the left, editors filling the rest. Properties and
 * progress open below the editors when asked for (Fönster → Visa vy): a view with nothing to show takes no room.
 */
public class EvaluationPerspective implements IPerspectiveFactory {

	public static final String ID = "se.finsam.ui.perspective.evaluation";
	/** Folder id other bundles add their navigation views to (perspectiveExtensions relative to it). */
	public static final String LEFT_FOLDER = "se.finsam.ui.perspective.left";
	public static final String BOTTOM_FOLDER = "se.finsam.ui.perspective.bottom";
	public static final String PROGRESS_VIEW = "org.eclipse.ui.views.ProgressView";
	public static final String NAVIGATOR = "se.finsam.ui.navigator";
	public static final String RIGHT_FOLDER = "se.finsam.ui.perspective.right";
	/** The user guide's view (bundle se.finsam.ui.help). */
	public static final String GUIDE = "se.finsam.ui.help.guide";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		IFolderLayout left = layout.createFolder(LEFT_FOLDER, IPageLayout.LEFT, 0.25f, editors);
		left.addView(NAVIGATOR);
		layout.addShowViewShortcut(NAVIGATOR);
		IPlaceholderFolderLayout bottom = layout.createPlaceholderFolder(BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.72f,
				editors);
		bottom.addPlaceholder(IPageLayout.ID_PROP_SHEET);
		bottom.addPlaceholder(PROGRESS_VIEW);
		// The user guide, when opened, stands beside the work, as tall as the window.
		layout.createPlaceholderFolder(RIGHT_FOLDER, IPageLayout.RIGHT, 0.62f, editors).addPlaceholder(GUIDE);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(PROGRESS_VIEW);
	}
}
