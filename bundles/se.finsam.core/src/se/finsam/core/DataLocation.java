package se.finsam.core;

import java.io.File;
import java.net.URL;
import java.nio.file.Path;
import java.util.Collection;

import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Where the user's data lives: the Eclipse instance location ({@code ./finsam --data DIR}, by default
 * {@code ~/.finsam} on Linux and {@code %APPDATA%\Finsam} on Windows). The workbench and the CLI both ask here, so
 * they always open the same store.
 */
public final class DataLocation {

	/** The directory used when nothing else is said. */
	public static Path defaultPath() {
		return defaultPath(System.getProperty("os.name", ""), System.getenv("APPDATA"), System.getProperty("user.home"));
	}

	/**
	 * Each system's convention: on Windows the roaming application data ({@code %APPDATA%\Finsam}, which follows
	 * a user between a municipality's desktops), elsewhere {@code ~/.finsam}, where the data of earlier versions is.
	 */
	public static Path defaultPath(String osName, String appData, String home) {
		if (osName.startsWith("Windows") && appData != null && !appData.isBlank()) {
			return Path.of(appData, "Finsam");
		}
		return Path.of(home, ".finsam");
	}

	private DataLocation() {
	}

	/** The data directory of this process (it may not exist yet). */
	public static Path path() {
		URL url = instanceLocationUrl();
		// Location URLs are file URLs with unescaped paths (spaces stay spaces), so read them as files.
		return url == null ? defaultPath() : new File(url.getFile()).toPath().toAbsolutePath().normalize();
	}

	private static URL instanceLocationUrl() {
		Bundle bundle = FrameworkUtil.getBundle(DataLocation.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context == null) {
			return null;
		}
		try {
			Collection<ServiceReference<Location>> refs = context.getServiceReferences(Location.class,
					Location.INSTANCE_FILTER);
			for (ServiceReference<Location> ref : refs) {
				Location location = context.getService(ref);
				try {
					if (location != null && location.isSet()) {
						return location.getURL();
					}
				} finally {
					context.ungetService(ref);
				}
			}
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
		return null;
	}
}
