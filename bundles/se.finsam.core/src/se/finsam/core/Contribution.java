package se.finsam.core;

import java.net.URL;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IPath;
import org.osgi.framework.Bundle;

/**
 * One element contributed to an extension point, with the bundle that contributed it. Readers of extension points
 * ask it for attributes and files; what is missing throws {@link Broken}, which {@link Contributions} logs with the
 * bundle's name before skipping the contribution.
 */
public final class Contribution {

	/** A contribution that cannot be used; the message names what is wrong, the bundle is added when logged. */
	public static final class Broken extends Exception {
		private static final long serialVersionUID = 1L;

		public Broken(String message) {
			super(message);
		}

		public Broken(String message, Throwable cause) {
			super(message, cause);
		}
	}

	private final IConfigurationElement element;
	private final Bundle bundle;

	Contribution(IConfigurationElement element) {
		this.element = element;
		this.bundle = ContributorFactoryOSGi.resolve(element.getContributor());
	}

	/** The contributing bundle's symbolic name. */
	public String bundleName() {
		return element.getContributor().getName();
	}

	/** An attribute's value, or null when it is not given. */
	public String attribute(String name) {
		return element.getAttribute(name);
	}

	/** An attribute that must be given. */
	public String required(String name) throws Broken {
		String value = attribute(name);
		if (value == null || value.isBlank()) {
			throw new Broken("the attribute \"" + name + "\" is missing");
		}
		return value;
	}

	/**
	 * The file a path attribute names inside the contributing bundle or its fragments; null when the attribute is not
	 * given.
	 */
	public URL entry(String attribute) throws Broken {
		String path = attribute(attribute);
		if (path == null) {
			return null;
		}
		URL url = bundle == null ? null : FileLocator.find(bundle, IPath.fromPortableString(path));
		if (url == null) {
			throw new Broken("\"" + path + "\" (" + attribute + ") not found in the bundle");
		}
		return url;
	}

	/** Like {@link #entry} for an attribute that must be given. */
	public URL requiredEntry(String attribute) throws Broken {
		required(attribute);
		return entry(attribute);
	}
}
