package se.finsam.plugins.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.PhaseSetFactory;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import se.finsam.plugins.PluginException;

/** The running installation's p2 agent, profile and folder, and a plan applied with the user's trust answers. */
final class P2 {

	private static final String P2_CORE = "org.eclipse.equinox.p2.core";
	/** p2's planner explanation of a requirement no unit provides. */
	private static final java.util.regex.Pattern MISSING = java.util.regex.Pattern
			.compile("Missing requirement: .* requires '([^']+)' but it could not be found");

	private P2() {
	}

	/** Applies a plan with the trust answers from the user's choice; p2's engine rolls back whatever fails. */
	static void perform(IProvisioningAgent agent, IProvisioningPlan plan, String names, boolean trust)
			throws PluginException {
		TrustPrompt prompt = new TrustPrompt(trust);
		Object previous = agent.getService(UIServices.SERVICE_NAME);
		agent.registerService(UIServices.SERVICE_NAME, prompt);
		IStatus status;
		try {
			status = agent.getService(IEngine.class).perform(plan, PhaseSetFactory.createDefaultPhaseSet(),
					new NullProgressMonitor());
		} finally {
			agent.unregisterService(UIServices.SERVICE_NAME, prompt);
			if (previous != null) {
				agent.registerService(UIServices.SERVICE_NAME, previous);
			}
		}
		if (!trust && !prompt.seen().isEmpty() && !status.isOK()) {
			throw new PluginException(NLS.bind(Messages.Install_untrusted, String.join("; ", prompt.seen())), null,
					prompt.seen());
		}
		if (status.getSeverity() == IStatus.ERROR || status.getSeverity() == IStatus.CANCEL) {
			throw new PluginException(NLS.bind(Messages.Install_failed, names, firstProblem(status)),
					new org.eclipse.core.runtime.CoreException(status));
		}
	}

	/**
	 * Why a plan could not be made, for the user: the requirements nothing provides, when p2 names them ("det kräver
	 * java.package org.example [1.0.0,2.0.0), som …"); else p2's own first problem.
	 */
	static String unresolved(IStatus status) {
		java.util.Set<String> missing = new java.util.LinkedHashSet<>();
		missing(status, missing);
		return missing.isEmpty() ? firstProblem(status) : NLS.bind(Messages.Install_missing, String.join(", ", missing));
	}

	private static void missing(IStatus status, java.util.Set<String> into) {
		java.util.regex.Matcher m = MISSING.matcher(status.getMessage());
		if (m.find()) {
			into.add(m.group(1).replace("; ", " "));
		}
		for (IStatus child : status.getChildren()) {
			missing(child, into);
		}
	}

	static String firstProblem(IStatus status) {
		if (status.isMultiStatus()) {
			for (IStatus child : status.getChildren()) {
				if (child.getSeverity() >= IStatus.WARNING) {
					return firstProblem(child);
				}
			}
		}
		return status.getMessage();
	}

	static IProfile profile(IProvisioningAgent agent) throws PluginException {
		IProfileRegistry registry = agent.getService(IProfileRegistry.class);
		IProfile profile = registry == null ? null : registry.getProfile(IProfileRegistry.SELF);
		if (profile == null) {
			throw new PluginException(Messages.Install_noProfile, null);
		}
		return profile;
	}

	/** The running installation's agent; p2's core bundle registers it when it starts (it starts lazily). */
	static IProvisioningAgent agent() throws PluginException {
		BundleContext context = FrameworkUtil.getBundle(P2.class).getBundleContext();
		try {
			Collection<ServiceReference<IProvisioningAgent>> found = current(context);
			if (found.isEmpty()) {
				Bundle core = Platform.getBundle(P2_CORE);
				if (core != null) {
					core.start(Bundle.START_TRANSIENT);
				}
				found = current(context);
			}
			if (!found.isEmpty()) {
				IProvisioningAgent agent = context.getService(found.iterator().next());
				if (agent != null) {
					return agent;
				}
			}
		} catch (BundleException | InvalidSyntaxException e) {
			throw new PluginException(Messages.Install_noProfile, e);
		}
		throw new PluginException(Messages.Install_noProfile, null);
	}

	static Collection<ServiceReference<IProvisioningAgent>> current(BundleContext context)
			throws InvalidSyntaxException {
		return context.getServiceReferences(IProvisioningAgent.class, "(" + IProvisioningAgent.SERVICE_CURRENT + "=true)");
	}

	/** The installation's folder (the product), where p2 puts plug-ins. */
	static Path home() throws PluginException {
		try {
			return Path.of(URIUtil.toURI(Platform.getInstallLocation().getURL()));
		} catch (URISyntaxException | RuntimeException e) {
			throw new PluginException(Messages.Install_noProfile, e);
		}
	}

	/** @param refusal the message (bound to the installation's folder) when the user may not write it */
	static void writable(Path home, String refusal) throws PluginException {
		for (Path p : List.of(home, home.resolve("plugins"), home.resolve("p2"))) {
			if (!Files.isWritable(p)) {
				throw new PluginException(NLS.bind(refusal, home), null);
			}
		}
		try {
			Files.delete(Files.createTempFile(home.resolve("plugins"), ".finsam-write-check", ""));
		} catch (IOException e) {
			throw new PluginException(NLS.bind(refusal, home), e);
		}
	}
}
