package se.finsam.model.codes;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.framework.Bundle;

import se.finsam.model.CodeListSet;

/**
 * Reads the extension point {@code se.finsam.model.codeLists}. A broken contribution (missing file, bad XMI) is
 * logged with the contributing bundle's name and skipped; it never stops the others or the application.
 */
final class CodeListContributions {

	static final String EXTENSION_POINT = "se.finsam.model.codeLists";

	private CodeListContributions() {
	}

	static List<CodeListSet> read() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		List<CodeListSet> result = new ArrayList<>();
		if (registry == null) {
			return result; // plain Java (tests without OSGi): the shipped lists only
		}
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String contributor = element.getContributor().getName();
			try {
				String path = element.getAttribute("resource");
				Bundle bundle = Platform.getBundle(contributor);
				URL url = bundle == null || path == null ? null : bundle.getEntry(path);
				if (url == null) {
					throw new IllegalArgumentException("resource \"" + path + "\" not found");
				}
				result.add(CodeLists.read(url));
			} catch (RuntimeException e) {
				ILog.of(CodeListContributions.class).warn("Ignoring the code lists contributed by " + contributor
						+ " to " + EXTENSION_POINT + ": " + e.getMessage(), e);
			}
		}
		return result;
	}
}
