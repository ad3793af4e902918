package se.finsam.plugins;

import java.util.List;

/**
 * Updates of this installation from a förbund's p2 repository (an OSGi Declarative Services service): the product
 * and the template plug-ins installed, each to the newest version the repository has. All or nothing, trusted as
 * {@link PluginService#install} is; the update takes effect when the application next starts, and the database is
 * then upgraded, after a backup, at its first open.
 *
 * <p>
 * A repository is given as a folder, a zip file of one, or an {@code https:} address.
 */
public interface UpdateService {

	/** What the repository has in newer versions than those installed; empty when everything is up to date. */
	List<Update> available(String repository) throws PluginException;

	/**
	 * Updates everything {@link #available} lists.
	 *
	 * @return what was updated
	 * @throws PluginException when there is nothing to update, or the update cannot be applied (nothing changed)
	 */
	List<Update> update(String repository, boolean trust) throws PluginException;

	/** The repository this installation was last updated from, or null; the place to look first. */
	String lastRepository() throws PluginException;
}
