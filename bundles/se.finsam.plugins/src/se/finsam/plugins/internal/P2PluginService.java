package se.finsam.plugins.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.planner.ProfileInclusionRules;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Component;

import se.finsam.plugins.Plugin;
import se.finsam.plugins.PluginException;
import se.finsam.plugins.PluginService;

/**
 * Template plug-ins through the running installation's own p2 agent and profile: the planner decides, the plan is
 * checked against what a template plug-in may add, and the engine (transactional: a failure rolls back) applies it.
 */
@Component(service = PluginService.class)
public class P2PluginService implements PluginService {

	/**
	 * Set on the profile p2 makes for a user of an installation she may not write (a shared install): it holds her
	 * own changes only, not what the installation has.
	 */
	private static final String SURROGATE = "org.eclipse.equinox.p2.surrogate";

		@Override
	public List<Plugin> installed() throws PluginException {
		IProfile profile = P2.profile(P2.agent());
		Path home = P2.home();
		if ("true".equals(profile.getProperty(SURROGATE))) {
			return TemplatePlugins.running(home);
		}
		IInstallableUnit reports = reports(profile);
		List<Plugin> plugins = new ArrayList<>();
		for (IInstallableUnit group : profile.query(QueryUtil.createIUGroupQuery(), null)) {
			TemplatePlugins.Parts parts = TemplatePlugins.parts(group, profile, reports);
			if (parts.isTemplatePlugin()) {
				boolean root = "true".equals(profile.getInstallableUnitProperty(group, TemplatePlugins.ROOT));
				String source = profile.getInstallableUnitProperty(group, TemplatePlugins.SOURCE);
				plugins.add(TemplatePlugins.describe(group, parts, root ? source : null, root, home));
			}
		}
		plugins.sort(Comparator.comparing(Plugin::removable).thenComparing(Plugin::id));
		return plugins;
	}

	@Override
	public List<Plugin> available(String repository) throws PluginException {
		IProvisioningAgent agent = P2.agent();
		IProfileRegistry registry = agent.getService(IProfileRegistry.class);
		IProfile profile = registry == null ? null : registry.getProfile(IProfileRegistry.SELF);
		URI location = Repositories.location(repository);
		IMetadataRepository metadata = Repositories.load(agent, location, repository);
		IQueryable<IInstallableUnit> where = profile == null ? metadata : QueryUtil.compoundQueryable(metadata, profile);
		IInstallableUnit reports = reports(profile);
		List<Plugin> plugins = new ArrayList<>();
		for (IInstallableUnit group : offered(metadata, where, reports)) {
			TemplatePlugins.Parts parts = TemplatePlugins.parts(group, where, reports);
			plugins.add(TemplatePlugins.describe(group, parts, Repositories.display(location, repository), true, null));
		}
		return plugins;
	}

	@Override
	public List<Plugin> install(String repository, List<String> features, boolean trust) throws PluginException {
		Path home = P2.home();
		P2.writable(home, Messages.Install_readOnly);
		IProvisioningAgent agent = P2.agent();
		IProfile profile = P2.profile(agent);
		IInstallableUnit reports = reports(profile);
		URI location = Repositories.location(repository);
		IMetadataRepository metadata = Repositories.load(agent, location, repository);
		IQueryable<IInstallableUnit> where = QueryUtil.compoundQueryable(metadata, profile);

		List<IInstallableUnit> groups = new ArrayList<>();
		if (features.isEmpty()) {
			groups.addAll(offered(metadata, where, reports));
			if (groups.isEmpty()) {
				throw new PluginException(NLS.bind(Messages.Install_nothingOffered, repository), null);
			}
		}
		for (String feature : features) {
			groups.add(find(metadata, feature, repository, where, reports));
		}
		Map<IInstallableUnit, TemplatePlugins.Parts> partsOf = new HashMap<>();
		for (IInstallableUnit group : groups) {
			TemplatePlugins.Parts parts = TemplatePlugins.parts(group, where, reports);
			if (!parts.isTemplatePlugin()) {
				throw new PluginException(NLS.bind(Messages.Install_notTemplate,
						new Object[] { TemplatePlugins.featureId(group), repository, parts.offending() }), null);
			}
			partsOf.put(group, parts);
		}
		// Already there in this version (the product's own included): nothing to do, and nothing to re-label.
		List<IInstallableUnit> present = groups.stream()
				.filter(g -> !profile.query(QueryUtil.createIUQuery(g), null).isEmpty()).toList();
		groups.removeAll(present);
		if (groups.isEmpty()) {
			throw new PluginException(NLS.bind(Messages.Install_present,
					present.stream().map(TemplatePlugins::featureId).collect(Collectors.joining(", "))), null);
		}
		String source = Repositories.display(location, repository);
		Set<IInstallableUnit> allowed = new HashSet<>();
		IPlanner planner = agent.getService(IPlanner.class);
		IProfileChangeRequest request = planner.createChangeRequest(profile);
		for (IInstallableUnit group : groups) {
			allowed.addAll(partsOf.get(group).all());
			for (IInstallableUnit older : profile.query(QueryUtil.createIUQuery(group.getId()), null)) {
				if (!older.equals(group)) {
					request.remove(older); // an update replaces the version installed
				}
			}
			request.add(group);
			request.setInstallableUnitInclusionRules(group, ProfileInclusionRules.createStrictInclusionRule(group));
			request.setInstallableUnitProfileProperty(group, TemplatePlugins.ROOT, "true");
			request.setInstallableUnitProfileProperty(group, TemplatePlugins.SOURCE, source);
		}
		ProvisioningContext context = new ProvisioningContext(agent);
		context.setMetadataRepositories(location);
		context.setArtifactRepositories(location);
		IProvisioningPlan plan = planner.getProvisioningPlan(request, context, new NullProgressMonitor());
		String names = groups.stream().map(TemplatePlugins::featureId).collect(Collectors.joining(", "));
		if (plan.getStatus().getSeverity() == IStatus.ERROR || plan.getStatus().getSeverity() == IStatus.CANCEL) {
			throw new PluginException(NLS.bind(Messages.Install_unresolved, names, P2.unresolved(plan.getStatus())),
					new org.eclipse.core.runtime.CoreException(plan.getStatus()));
		}
		Set<String> ids = allowed.stream().map(IInstallableUnit::getId).collect(Collectors.toSet());
		for (IInstallableUnit added : plan.getAdditions().query(QueryUtil.ALL_UNITS, null)) {
			if (!allowed.contains(added)) {
				throw new PluginException(NLS.bind(Messages.Install_wouldChange, names, added.getId()), null);
			}
		}
		for (IInstallableUnit removed : plan.getRemovals().query(QueryUtil.ALL_UNITS, null)) {
			if (!ids.contains(removed.getId())) {
				throw new PluginException(NLS.bind(Messages.Install_wouldChange, names, removed.getId()), null);
			}
		}
		P2.perform(agent, plan, names, trust);
		return groups.stream().map(g -> TemplatePlugins.describe(g, partsOf.get(g), source, true, home)).toList();
	}

	@Override
	public Plugin remove(String feature) throws PluginException {
		Path home = P2.home();
		P2.writable(home, Messages.Install_readOnly);
		IProvisioningAgent agent = P2.agent();
		IProfile profile = P2.profile(agent);
		IInstallableUnit reports = reports(profile);
		IInstallableUnit group = null;
		for (String id : TemplatePlugins.groupIds(feature)) {
			for (IInstallableUnit unit : profile.query(QueryUtil.createIUQuery(id), null)) {
				group = unit;
			}
		}
		if (group == null) {
			throw new PluginException(NLS.bind(Messages.Remove_notInstalled, feature), null);
		}
		TemplatePlugins.Parts parts = TemplatePlugins.parts(group, profile, reports);
		if (!parts.isTemplatePlugin()) {
			throw new PluginException(NLS.bind(Messages.Remove_notTemplate, feature), null);
		}
		if (!"true".equals(profile.getInstallableUnitProperty(group, TemplatePlugins.ROOT))) {
			throw new PluginException(NLS.bind(Messages.Remove_partOfProduct, feature), null);
		}
		Plugin plugin = TemplatePlugins.describe(group, parts,
				profile.getInstallableUnitProperty(group, TemplatePlugins.SOURCE), true, home);
		IPlanner planner = agent.getService(IPlanner.class);
		IProfileChangeRequest request = planner.createChangeRequest(profile);
		request.remove(group);
		IProvisioningPlan plan = planner.getProvisioningPlan(request, new ProvisioningContext(agent),
				new NullProgressMonitor());
		if (plan.getStatus().getSeverity() == IStatus.ERROR) {
			throw new PluginException(NLS.bind(Messages.Remove_failed, feature, P2.firstProblem(plan.getStatus())),
					new org.eclipse.core.runtime.CoreException(plan.getStatus()));
		}
		for (IInstallableUnit removed : plan.getRemovals().query(QueryUtil.ALL_UNITS, null)) {
			if (!parts.all().contains(removed)) {
				throw new PluginException(NLS.bind(Messages.Install_wouldChange, feature, removed.getId()), null);
			}
		}
		P2.perform(agent, plan, feature, false);
		return plugin;
	}

	private static List<IInstallableUnit> offered(IMetadataRepository metadata, IQueryable<IInstallableUnit> where,
			IInstallableUnit reports) {
		List<IInstallableUnit> groups = new ArrayList<>();
		for (IInstallableUnit group : metadata.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), null)) {
			if (TemplatePlugins.parts(group, where, reports).isTemplatePlugin()) {
				groups.add(group);
			}
		}
		groups.sort(Comparator.comparing(IInstallableUnit::getId));
		return groups;
	}

	private static IInstallableUnit find(IMetadataRepository metadata, String feature, String repository,
			IQueryable<IInstallableUnit> where, IInstallableUnit reports) throws PluginException {
		for (String id : TemplatePlugins.groupIds(feature)) {
			for (IInstallableUnit unit : metadata.query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(id)),
					null)) {
				return unit;
			}
		}
		String offered = offered(metadata, where, reports).stream().map(TemplatePlugins::featureId)
				.collect(Collectors.joining(", "));
		throw new PluginException(NLS.bind(Messages.Install_noSuchFeature,
				new Object[] { repository, feature, offered.isEmpty() ? Messages.Install_none : offered }), null);
	}

	/** The installed se.finsam.reports; without a profile (a test runtime), the running bundle described as one. */
	private static IInstallableUnit reports(IProfile profile) {
		if (profile != null) {
			for (IInstallableUnit unit : profile.query(QueryUtil.createIUQuery(TemplatePlugins.REPORTS), null)) {
				return unit;
			}
		}
		Bundle bundle = Platform.getBundle(TemplatePlugins.REPORTS);
		Version version = Version.create(bundle.getVersion().toString());
		InstallableUnitDescription description = new InstallableUnitDescription();
		description.setId(TemplatePlugins.REPORTS);
		description.setVersion(version);
		description.addProvidedCapabilities(List.of(
				MetadataFactory.createProvidedCapability(IInstallableUnit.NAMESPACE_IU_ID, TemplatePlugins.REPORTS, version),
				MetadataFactory.createProvidedCapability("osgi.bundle", TemplatePlugins.REPORTS, version)));
		return MetadataFactory.createInstallableUnit(description);
	}
}
