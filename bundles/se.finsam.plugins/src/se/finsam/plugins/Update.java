package se.finsam.plugins;

/**
 * A newer version of something installed, offered by a p2 repository: the product itself, or a template plug-in
 * installed from a repository.
 *
 * @param id the installable unit's id ({@code se.finsam.product}, or a template feature's id)
 * @param name its name for people
 * @param installed the version installed now
 * @param available the newer version the repository has
 */
public record Update(String id, String name, String installed, String available) {
}
