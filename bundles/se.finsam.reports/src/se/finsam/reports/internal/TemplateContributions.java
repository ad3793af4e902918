package se.finsam.reports.internal;

import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.finsam.core.Contributions;
import se.finsam.reports.Templates;
import se.finsam.reports.Templates.Installed;

/**
 * The extension point {@code se.finsam.reports.templates}, read once and kept current as template plug-ins come and
 * go. A missing file, bad XMI or a template id used twice is logged with the contributing bundle and skipped.
 */
public final class TemplateContributions {

	static final String EXTENSION_POINT = "se.finsam.reports.templates";

	/** A design contributed by a bundle. */
	public record ContributedDesign(String name, String bundle, URL url, String fileName) {
	}

	private static final Contributions<Installed> TEMPLATES = new Contributions<>(EXTENSION_POINT, "template",
			c -> {
				java.net.URL look = c.entry("design");
				if (look != null) {
					LookFiles.check(look); // a look is a master page and styles; anything that runs is refused
				}
				return new Installed(Templates.read(c.requiredEntry("resource")), c.bundleName(), look);
			},
			TemplateContributions::withoutDuplicates);

	private static final Contributions<ContributedDesign> DESIGNS = new Contributions<>(EXTENSION_POINT, "design", c -> {
		String path = c.required("resource");
		String name = c.attribute("name") == null ? path : c.attribute("name");
		return new ContributedDesign(name, c.bundleName(), c.entry("resource"), path.substring(path.lastIndexOf('/') + 1));
	});

	private TemplateContributions() {
	}

	/** Every usable template, ordered by name. */
	public static List<Installed> templates() {
		return TEMPLATES.all();
	}

	public static List<ContributedDesign> designs() {
		return DESIGNS.all();
	}

	/** The first contribution of an id wins (bundles are read in name order); later ones are logged and dropped. */
	private static List<Installed> withoutDuplicates(List<Installed> all) {
		Set<String> ids = new HashSet<>();
		List<Installed> result = new ArrayList<>();
		for (Installed t : all) {
			if (ids.add(t.template().getId())) {
				result.add(t);
			} else {
				TEMPLATES.logBroken(t.bundle(), "the template id " + t.template().getId() + " is already installed", null);
			}
		}
		result.sort(Comparator.comparing((Installed t) -> t.template().getName(), String.CASE_INSENSITIVE_ORDER));
		return result;
	}
}
