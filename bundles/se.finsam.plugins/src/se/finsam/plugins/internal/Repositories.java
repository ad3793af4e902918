package se.finsam.plugins.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipFile;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.eclipse.osgi.util.NLS;

import se.finsam.plugins.PluginException;

/**
 * Where a p2 repository is (a folder, a zip of one, an https address) and loading it with a Swedish line for
 * whatever goes wrong. The agent forgets the repository afterwards: a plug-in's repository is not added to the
 * installation's list of update sites behind the user's back.
 */
final class Repositories {

	private Repositories() {
	}

	/** The p2 location of what the user typed. */
	static URI location(String given) throws PluginException {
		String lower = given.toLowerCase(Locale.ROOT);
		if (lower.startsWith("https://")) {
			try {
				return URI.create(given.endsWith("/") || lower.endsWith(".zip") ? given : given + "/");
			} catch (IllegalArgumentException e) {
				throw new PluginException(NLS.bind(Messages.Repository_badAddress, given), e);
			}
		}
		if (lower.matches("[a-z][a-z0-9+.-]*://.*")) {
			// http would let anyone on the way swap the plug-in; ftp and the rest are not for this.
			throw new PluginException(NLS.bind(Messages.Repository_onlyHttps, given), null);
		}
		Path path = Path.of(given).toAbsolutePath().normalize();
		if (Files.isDirectory(path)) {
			return path.toUri();
		}
		if (Files.isRegularFile(path)) {
			try (ZipFile zip = new ZipFile(path.toFile())) {
				// a zipped repository: p2 reads it in place through a jar: address
				return URI.create("jar:" + path.toUri() + "!/");
			} catch (IOException e) {
				throw new PluginException(NLS.bind(Messages.Repository_notP2, given), e);
			}
		}
		throw new PluginException(NLS.bind(Messages.Repository_missing, given), null);
	}

	/** The repository as people read it: a folder's or zip's absolute path, an address as given. */
	static String display(URI location, String given) {
		String text = location.toString();
		if (text.startsWith("jar:file:") && text.endsWith("!/")) {
			return Path.of(URI.create(text.substring(4, text.length() - 2))).toString();
		}
		return "file".equals(location.getScheme()) ? Path.of(location).toString() : given;
	}

	/** Loads the metadata and checks that the artifacts are there too; removes both from the agent's list. */
	static IMetadataRepository load(IProvisioningAgent agent, URI location, String given) throws PluginException {
		IMetadataRepositoryManager metadata = agent.getService(IMetadataRepositoryManager.class);
		IArtifactRepositoryManager artifacts = agent.getService(IArtifactRepositoryManager.class);
		boolean knownMetadata = metadata.contains(location);
		boolean knownArtifacts = artifacts.contains(location);
		try {
			IMetadataRepository repository = metadata.loadRepository(location, new NullProgressMonitor());
			artifacts.loadRepository(location, new NullProgressMonitor());
			return repository;
		} catch (ProvisionException e) {
			throw new PluginException(NLS.bind(reason(e), given), e);
		} catch (RuntimeException e) {
			throw new PluginException(NLS.bind(Messages.Repository_notP2, given), e);
		} finally {
			if (!knownMetadata) {
				metadata.removeRepository(location);
			}
			if (!knownArtifacts) {
				artifacts.removeRepository(location);
			}
		}
	}

	private static String reason(ProvisionException e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof UnknownHostException || t instanceof ConnectException) {
				return Messages.Repository_noNetwork;
			}
			if (t instanceof javax.net.ssl.SSLException) {
				return Messages.Repository_untrustedServer;
			}
		}
		IStatus status = e.getStatus();
		for (IStatus s : status.isMultiStatus() ? status.getChildren() : new IStatus[] { status }) {
			Throwable t = s.getException();
			if (t instanceof UnknownHostException || t instanceof ConnectException) {
				return Messages.Repository_noNetwork;
			}
		}
		return switch (status.getCode()) {
		case ProvisionException.REPOSITORY_NOT_FOUND -> Messages.Repository_notP2;
		case ProvisionException.REPOSITORY_FAILED_READ, ProvisionException.REPOSITORY_FAILED_AUTHENTICATION ->
			Messages.Repository_unreadable;
		default -> Messages.Repository_notP2;
		};
	}
}
