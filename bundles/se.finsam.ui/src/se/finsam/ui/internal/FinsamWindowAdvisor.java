package se.finsam.ui.internal;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.osgi.service.prefs.BackingStoreException;

import se.finsam.core.ProductVersions;

/** The main window: title, size, status line with the progress indicator. */
public class FinsamWindowAdvisor extends WorkbenchWindowAdvisor {

	private static final String WINDOW_SHOWN = "windowShown";

	public FinsamWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new FinsamActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1280, 800));
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(false); // one layout: nothing to switch to
		configurer.setTitle(ProductVersions.PRODUCT_NAME);
	}

	/**
	 * The first time, the window fills the screen; afterwards it opens as the user left it (saved state). An empty
	 * editor area says what to do.
	 */
	@Override
	public void postWindowOpen() {
		EditorAreaHint.install(getWindowConfigurer().getWindow());
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode("se.finsam.ui");
		if (!preferences.getBoolean(WINDOW_SHOWN, false)) {
			getWindowConfigurer().getWindow().getShell().setMaximized(true);
			preferences.putBoolean(WINDOW_SHOWN, true);
			try {
				preferences.flush();
			} catch (BackingStoreException e) {
				// shown maximized again next time: harmless
			}
		}
	}
}
