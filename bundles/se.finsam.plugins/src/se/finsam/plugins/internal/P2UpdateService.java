package se.finsam.plugins.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.planner.ProfileInclusionRules;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

import se.finsam.plugins.PluginException;
import se.finsam.plugins.Update;
import se.finsam.plugins.UpdateService;

/**
 * Updates through the running installation's p2 profile: what the user installed (the product, template plug-ins)
 * is replaced by the repository's newest version of it in one plan, which the engine applies or rolls back whole.
 * Only those two kinds are updated: a repository's newer version of anything else installed is not looked at.
 */
@Component(service = UpdateService.class)
public class P2UpdateService implements UpdateService {

	static final String PRODUCT = "se.finsam.product";

	/** What is installed and the repository's newer version of it. */
	private record Newer(IInstallableUnit installed, IInstallableUnit latest) {
		Update describe() {
			String name = latest.getProperty(IInstallableUnit.PROP_NAME, Locale.getDefault().toString());
			String id = latest.getId().equals(PRODUCT) ? PRODUCT : TemplatePlugins.featureId(latest);
			return new Update(id, name == null ? id : name, installed.getVersion().toString(),
					latest.getVersion().toString());
		}
	}

	@Override
	public List<Update> available(String repository) throws PluginException {
		IProvisioningAgent agent = P2.agent();
		URI location = Repositories.location(repository);
		IMetadataRepository metadata = Repositories.load(agent, location, repository);
		IProfile profile = P2.profile(agent);
		return newer(profile, metadata, repository).stream().map(Newer::describe).toList();
	}

	@Override
	public List<Update> update(String repository, boolean trust) throws PluginException {
		P2.writable(P2.home(), Messages.Update_readOnly);
		IProvisioningAgent agent = P2.agent();
		IProfile profile = P2.profile(agent);
		URI location = Repositories.location(repository);
		IMetadataRepository metadata = Repositories.load(agent, location, repository);
		List<Newer> updates = newer(profile, metadata, repository);
		if (updates.isEmpty()) {
			throw new PluginException(NLS.bind(Messages.Update_none, repository), null);
		}
		String source = Repositories.display(location, repository);
		IPlanner planner = agent.getService(IPlanner.class);
		IProfileChangeRequest request = planner.createChangeRequest(profile);
		for (Newer update : updates) {
			request.remove(update.installed());
			request.add(update.latest());
			request.setInstallableUnitInclusionRules(update.latest(),
					ProfileInclusionRules.createStrictInclusionRule(update.latest()));
			request.setInstallableUnitProfileProperty(update.latest(), TemplatePlugins.ROOT, "true");
			request.setInstallableUnitProfileProperty(update.latest(), TemplatePlugins.SOURCE, source);
		}
		ProvisioningContext context = new ProvisioningContext(agent);
		context.setMetadataRepositories(location);
		context.setArtifactRepositories(location);
		IProvisioningPlan plan = planner.getProvisioningPlan(request, context, new NullProgressMonitor());
		String names = updates.stream().map(u -> u.describe().id()).collect(Collectors.joining(", "));
		int severity = plan.getStatus().getSeverity();
		if (severity == IStatus.ERROR || severity == IStatus.CANCEL) {
			throw new PluginException(NLS.bind(Messages.Update_unresolved, repository, P2.unresolved(plan.getStatus())),
					new CoreException(plan.getStatus()));
		}
		P2.perform(agent, plan, names, trust);
		return updates.stream().map(Newer::describe).toList();
	}

	@Override
	public String lastRepository() throws PluginException {
		IProfile profile = P2.profile(P2.agent());
		for (IInstallableUnit product : profile.query(QueryUtil.createIUQuery(PRODUCT), null)) {
			return profile.getInstallableUnitProperty(product, TemplatePlugins.SOURCE);
		}
		return null;
	}

	/**
	 * The product and the template plug-ins the user installed, each with the repository's newest version when
	 * that is newer; a repository that holds neither is not a Finsam repository at all.
	 */
	private static List<Newer> newer(IProfile profile, IMetadataRepository metadata, String repository)
			throws PluginException {
		IQueryable<IInstallableUnit> where = QueryUtil.compoundQueryable(metadata, profile);
		IInstallableUnit reports = latest(where, TemplatePlugins.REPORTS);
		List<Newer> result = new ArrayList<>();
		boolean known = false;
		for (IInstallableUnit installed : profile.query(QueryUtil.ALL_UNITS, null)) {
			if (!"true".equals(profile.getInstallableUnitProperty(installed, TemplatePlugins.ROOT))
					|| !updatable(installed, profile, reports)) {
				continue;
			}
			IInstallableUnit latest = latest(metadata, installed.getId());
			if (latest == null) {
				continue;
			}
			known = true;
			if (latest.getVersion().compareTo(installed.getVersion()) > 0) {
				if (!latest.getId().equals(PRODUCT) && !TemplatePlugins.parts(latest, where, reports).isTemplatePlugin()) {
					throw new PluginException(NLS.bind(Messages.Install_notTemplate, new Object[] {
							TemplatePlugins.featureId(latest), repository,
							TemplatePlugins.parts(latest, where, reports).offending() }), null);
				}
				result.add(new Newer(installed, latest));
			}
		}
		if (!known) {
			throw new PluginException(NLS.bind(Messages.Update_notOurs, repository), null);
		}
		result.sort(Comparator.comparing((Newer n) -> !n.latest().getId().equals(PRODUCT))
				.thenComparing(n -> n.latest().getId()));
		return result;
	}

	private static boolean updatable(IInstallableUnit installed, IProfile profile, IInstallableUnit reports) {
		return installed.getId().equals(PRODUCT) || TemplatePlugins.parts(installed, profile, reports).isTemplatePlugin();
	}

	private static IInstallableUnit latest(IQueryable<IInstallableUnit> where, String id) {
		for (IInstallableUnit unit : where.query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(id)), null)) {
			return unit;
		}
		return null;
	}
}
