package se.finsam.plugins;

import java.util.List;

/**
 * Template plug-ins of this installation, installed and removed with p2 (an OSGi Declarative Services service).
 * Only template plug-ins ({@link Plugin}) are accepted: a repository or feature that would bring anything else,
 * or change the product itself, is refused and nothing changes. A change takes effect when the application next
 * starts.
 *
 * <p>
 * A repository is given as a folder, a zip file of one, or an {@code https:} address.
 */
public interface PluginService {

	/** The template plug-ins installed, those of the product first. */
	List<Plugin> installed() throws PluginException;

	/** The template plug-ins a repository offers (their {@link Plugin#source()} is the repository). */
	List<Plugin> available(String repository) throws PluginException;

	/**
	 * Installs (or updates to the repository's version) the given template plug-ins, or all the repository offers
	 * when {@code features} is empty. Unsigned content, or content signed by a certificate that is not trusted, is
	 * refused unless {@code trust} is set ({@link PluginException#untrusted()} says who signed what).
	 *
	 * @param features feature ids, with or without the {@code .feature} suffix
	 * @return what was installed, with who signed it
	 */
	List<Plugin> install(String repository, List<String> features, boolean trust) throws PluginException;

	/** Removes a template plug-in that was installed with {@link #install}; the product's own cannot be removed. */
	Plugin remove(String feature) throws PluginException;
}
