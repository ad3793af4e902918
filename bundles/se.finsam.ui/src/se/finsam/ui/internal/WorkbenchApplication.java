package se.finsam.ui.internal;

import java.io.IOException;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import se.finsam.core.DataLocation;
import se.finsam.ui.Session;

/** The workbench application: one window per data location, locked so two workbenches never share a store. */
public class WorkbenchApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		prepareSession();
		Display display = PlatformUI.createDisplay();
		Location instance = Platform.getInstanceLocation();
		try {
			if (!lock(instance)) {
				MessageDialog.openError(null, Messages.Application_title,
						NLS.bind(Messages.Application_dataLocationInUse, DataLocation.path()));
				return EXIT_OK;
			}
			int code = PlatformUI.createAndRunWorkbench(display, new FinsamWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
		} finally {
			if (instance != null && instance.isLocked()) {
				instance.release();
			}
			display.dispose();
		}
	}

	/**
	 * The store starts opening before the display: GTK's start (0.3 s in native code) leaves the other core idle,
	 * and the workbench advisor's preStartup came 1.4 s later. A second workbench on the same data location finds
	 * the store locked; its early open fails unseen and it exits below with its message.
	 */
	private void prepareSession() {
		BundleContext bundle = FrameworkUtil.getBundle(getClass()).getBundleContext();
		ServiceReference<Session> reference = bundle == null ? null : bundle.getServiceReference(Session.class);
		Session session = reference == null ? null : bundle.getService(reference);
		if (session != null) {
			// The same component the workbench finds: DS gives one instance to all. Held for the application's life:
			// ungetting it before the workbench gets it could deactivate it and close the store it is opening.
			session.prepare();
		}
	}

	private static boolean lock(Location instance) throws IOException {
		return instance == null || !instance.isSet() || instance.lock();
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
