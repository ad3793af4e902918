package se.finsam.plugins.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;

import se.finsam.plugins.Plugin;
import se.finsam.reports.Templates;

/**
 * What makes a p2 feature a template plug-in: it is a feature (a group) and everything it includes is its own
 * feature jar or a bundle that requires {@code se.finsam.reports}; the only other thing it may name is that bundle
 * itself, installed. Checked on the metadata alone, before anything is downloaded.
 */
final class TemplatePlugins {

	static final String REPORTS = "se.finsam.reports";
	/** Profile property p2 sets on what the user installed (as opposed to what came with it). */
	static final String ROOT = "org.eclipse.equinox.p2.type.root";
	/** Profile property: the repository a plug-in was installed from, as the user gave it. */
	static final String SOURCE = "se.finsam.plugins.source";
	private static final String GROUP = ".feature.group";
	private static final String FEATURE_JAR = ".feature.jar";

	private TemplatePlugins() {
	}

	/** What a group is made of, or a refusal naming the first part that does not belong in a template plug-in. */
	record Parts(List<IInstallableUnit> bundles, List<IInstallableUnit> all, String offending) {
		boolean isTemplatePlugin() {
			return offending == null && !bundles.isEmpty();
		}
	}

	/** @param where the repository and the profile (or the profile alone for what is installed) */
	static Parts parts(IInstallableUnit group, IQueryable<IInstallableUnit> where, IInstallableUnit reports) {
		List<IInstallableUnit> bundles = new ArrayList<>();
		Set<IInstallableUnit> all = new LinkedHashSet<>();
		all.add(group);
		if (!QueryUtil.isGroup(group)) {
			return new Parts(bundles, List.copyOf(all), group.getId());
		}
		for (IRequirement requirement : group.getRequirements()) {
			for (IInstallableUnit part : where.query(QueryUtil.createMatchQuery(requirement.getMatches()), null)) {
				if (part.getId().equals(group.getId().replace(GROUP, FEATURE_JAR))) {
					all.add(part);
				} else if (isBundle(part) && requiresReports(part, reports)) {
					bundles.add(part);
					all.add(part);
				} else if (!part.getId().equals(REPORTS)) {
					return new Parts(bundles, List.copyOf(all), part.getId());
				}
			}
		}
		return new Parts(bundles, List.copyOf(all), bundles.isEmpty() ? group.getId() : null);
	}

	private static boolean isBundle(IInstallableUnit unit) {
		for (IProvidedCapability capability : unit.getProvidedCapabilities()) {
			if ("osgi.bundle".equals(capability.getNamespace())) {
				return true;
			}
		}
		return false;
	}

	private static boolean requiresReports(IInstallableUnit bundle, IInstallableUnit reports) {
		return reports != null && bundle.getRequirements().stream().anyMatch(r -> r.isMatch(reports));
	}

	/** The feature id people use: the group's id without {@code .feature.group}. */
	static String featureId(IInstallableUnit group) {
		String id = group.getId();
		return id.endsWith(GROUP) ? id.substring(0, id.length() - GROUP.length()) : id;
	}

	/** The group ids a user may mean by {@code name}: the feature id, or a bundle-like name without ".feature". */
	static List<String> groupIds(String name) {
		String bare = name.endsWith(GROUP) ? name.substring(0, name.length() - GROUP.length()) : name;
		return bare.endsWith(".feature") ? List.of(bare + GROUP) : List.of(bare + GROUP, bare + ".feature" + GROUP);
	}

	static Plugin describe(IInstallableUnit group, Parts parts, String source, boolean removable, Path home) {
		List<String> bundles = parts.bundles().stream().map(IInstallableUnit::getId).toList();
		List<String> templates = Templates.installed().stream().filter(t -> bundles.contains(t.bundle()))
				.map(t -> t.template().getId()).toList();
		String signer = null;
		for (IInstallableUnit bundle : parts.bundles()) {
			String s = home == null ? null
					: Signers.of(home.resolve("plugins").resolve(bundle.getId() + "_" + bundle.getVersion() + ".jar"));
			if (s == null) {
				signer = null; // one unsigned bundle makes the plug-in unsigned
				break;
			}
			signer = s;
		}
		String name = group.getProperty(IInstallableUnit.PROP_NAME, java.util.Locale.getDefault().toString());
		return new Plugin(featureId(group), name == null ? featureId(group) : name, group.getVersion().toString(),
				bundles, templates, source, signer, removable);
	}

	/**
	 * The template bundles running, each as a plug-in of its own: what a shared, read-only installation can tell
	 * (its p2 profile is not the user's to read), with who signed each jar.
	 */
	static List<Plugin> running(Path home) {
		java.util.Map<String, List<String>> templatesByBundle = new java.util.TreeMap<>();
		for (Templates.Installed t : Templates.installed()) {
			templatesByBundle.computeIfAbsent(t.bundle(), b -> new ArrayList<>()).add(t.template().getId());
		}
		List<Plugin> plugins = new ArrayList<>();
		templatesByBundle.forEach((id, templates) -> {
			org.osgi.framework.Bundle bundle = org.eclipse.core.runtime.Platform.getBundle(id);
			String version = bundle == null ? "" : bundle.getVersion().toString();
			String name = bundle == null ? id : bundle.getHeaders().get(org.osgi.framework.Constants.BUNDLE_NAME);
			String signer = Signers.of(home.resolve("plugins").resolve(id + "_" + version + ".jar"));
			plugins.add(new Plugin(id, name == null ? id : name, version, List.of(id), templates, null, signer, false));
		});
		return plugins;
	}
}
