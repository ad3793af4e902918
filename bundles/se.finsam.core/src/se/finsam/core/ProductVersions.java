package se.finsam.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * The versions of the product and of the components it is built from, as the running framework reports them. Shown
 * by {@code finsam version} and the about dialog, so that a support question can start from exact versions.
 */
public final class ProductVersions {

	/** The product's name; not translated, it is a name. */
	public static final String PRODUCT_NAME = "Finsam Workbench";

	/** One line of the version listing. */
	public record Component(String name, String version) {
	}

	/** Component name → the bundle whose version stands for it. Order is the display order. */
	private static final Map<String, String> COMPONENT_BUNDLES = new LinkedHashMap<>();
	static {
		COMPONENT_BUNDLES.put("Eclipse Platform", "org.eclipse.core.runtime");
		COMPONENT_BUNDLES.put("Equinox OSGi", "org.eclipse.osgi");
		COMPONENT_BUNDLES.put("Eclipse UI", "org.eclipse.ui.workbench");
		COMPONENT_BUNDLES.put("EMF", "org.eclipse.emf.ecore");
		COMPONENT_BUNDLES.put("BIRT", "org.eclipse.birt.report.engine");
		COMPONENT_BUNDLES.put("Apache Derby", "derby");
		COMPONENT_BUNDLES.put("Apache POI", "org.apache.poi");
		COMPONENT_BUNDLES.put("NatTable", "org.eclipse.nebula.widgets.nattable.core");
	}

	private ProductVersions() {
	}

	/** The product version, e.g. {@code 0.1.0.202611231400}. */
	public static String productVersion() {
		Bundle self = FrameworkUtil.getBundle(ProductVersions.class);
		return self == null ? "0.0.0" : self.getVersion().toString();
	}

	/**
	 * The product first, then every component present in this installation (the CLI-only runtime has no UI
	 * bundles resolved, for example), then Java.
	 */
	public static List<Component> components() {
		List<Component> result = new ArrayList<>();
		result.add(new Component(PRODUCT_NAME, productVersion()));
		BundleContext context = context();
		COMPONENT_BUNDLES.forEach((name, symbolicName) -> newestVersion(context, symbolicName)
				.ifPresent(v -> result.add(new Component(name, display(symbolicName, v)))));
		result.add(new Component("Java", System.getProperty("java.runtime.version", Runtime.version().toString())
				+ " (" + System.getProperty("java.vendor", "?") + ")"));
		return result;
	}

	private static String display(String symbolicName, Version version) {
		if ("derby".equals(symbolicName)) {
			// Derby packs fix pack and point release into the micro part: 10.17.1000000 is 10.17.1.0.
			return version.getMajor() + "." + version.getMinor() + "." + version.getMicro() / 1_000_000 + "."
					+ version.getMicro() % 1_000_000;
		}
		return version.toString();
	}

	private static BundleContext context() {
		Bundle self = FrameworkUtil.getBundle(ProductVersions.class);
		if (self == null) {
			return null;
		}
		// Loading this class activated the (lazy) bundle, so it has a context.
		return self.getBundleContext();
	}

	private static Optional<Version> newestVersion(BundleContext context, String symbolicName) {
		if (context == null) {
			return Optional.empty();
		}
		Version newest = null;
		for (Bundle bundle : context.getBundles()) {
			if (symbolicName.equals(bundle.getSymbolicName())
					&& (newest == null || bundle.getVersion().compareTo(newest) > 0)) {
				newest = bundle.getVersion();
			}
		}
		return Optional.ofNullable(newest);
	}
}
