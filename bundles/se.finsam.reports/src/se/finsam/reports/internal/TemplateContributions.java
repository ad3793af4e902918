package se.finsam.reports.internal;

import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.framework.Bundle;

import se.finsam.model.ReportTemplate;
import se.finsam.reports.Templates;
import se.finsam.reports.Templates.Installed;

/**
 * Reads the extension point {@code se.finsam.reports.templates}. Each contribution is read on its own: a missing
 * file, bad XMI or a duplicate id is logged with the contributing bundle and skipped.
 */
public final class TemplateContributions {

	static final String EXTENSION_POINT = "se.finsam.reports.templates";

	private TemplateContributions() {
	}

	public static List<Installed> read() {
		List<Installed> result = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (IConfigurationElement element : elements("template")) {
			String contributor = element.getContributor().getName();
			try {
				Bundle bundle = Platform.getBundle(contributor);
				URL resource = entry(bundle, element.getAttribute("resource"));
				String designPath = element.getAttribute("design");
				URL design = designPath == null ? null : entry(bundle, designPath);
				ReportTemplate template = Templates.read(resource);
				if (!ids.add(template.getId())) {
					throw new IllegalArgumentException("the template id " + template.getId() + " is already installed");
				}
				result.add(new Installed(template, contributor, design));
			} catch (Exception e) {
				ILog.of(TemplateContributions.class).warn("Ignoring a report template contributed by " + contributor
						+ " to " + EXTENSION_POINT + ": " + e.getMessage(), e);
			}
		}
		result.sort(Comparator.comparing((Installed t) -> t.template().getName(), String.CASE_INSENSITIVE_ORDER));
		return result;
	}

	/** A design contributed by a bundle. */
	public record ContributedDesign(String name, String bundle, URL url, String fileName) {
	}

	public static List<ContributedDesign> designs() {
		List<ContributedDesign> result = new ArrayList<>();
		for (IConfigurationElement element : elements("design")) {
			String contributor = element.getContributor().getName();
			try {
				String path = element.getAttribute("resource");
				URL url = entry(Platform.getBundle(contributor), path);
				String name = element.getAttribute("name") == null ? path : element.getAttribute("name");
				result.add(new ContributedDesign(name, contributor, url, path.substring(path.lastIndexOf('/') + 1)));
			} catch (RuntimeException e) {
				ILog.of(TemplateContributions.class).warn("Ignoring a report design contributed by " + contributor
						+ " to " + EXTENSION_POINT + ": " + e.getMessage(), e);
			}
		}
		return result;
	}

	public static List<String> headerSynonyms(String column) {
		List<String> result = new ArrayList<>();
		for (IConfigurationElement element : elements("headerSynonyms")) {
			if (column.equals(element.getAttribute("column")) && element.getAttribute("synonyms") != null) {
				Arrays.stream(element.getAttribute("synonyms").split("\\|")).map(String::strip)
						.filter(s -> !s.isEmpty()).forEach(result::add);
			}
		}
		return result;
	}

	private static List<IConfigurationElement> elements(String name) {
		var registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return List.of();
		}
		// By contributing bundle (declaration order within one): the same template wins a duplicate id every time.
		return Arrays.stream(registry.getConfigurationElementsFor(EXTENSION_POINT)).filter(e -> name.equals(e.getName()))
				.sorted(Comparator.comparing((IConfigurationElement e) -> e.getContributor().getName())).toList();
	}

	private static URL entry(Bundle bundle, String path) {
		URL url = bundle == null || path == null ? null : bundle.getEntry(path);
		if (url == null) {
			throw new IllegalArgumentException("\"" + path + "\" not found in the bundle");
		}
		return url;
	}
}
