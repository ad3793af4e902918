package se.finsam.ui;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** Finds the {@link Session} service for code the workbench creates (views, editors, handlers). */
public final class Sessions {

	private Sessions() {
	}

	public static Session get() {
		BundleContext context = FrameworkUtil.getBundle(Sessions.class).getBundleContext();
		ServiceReference<Session> ref = context.getServiceReference(Session.class);
		if (ref == null) {
			throw new IllegalStateException("the Finsam session service is not available");
		}
		return context.getService(ref);
	}
}
