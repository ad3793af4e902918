package se.finsam.plugins;

import java.util.List;

/**
 * A template plug-in: a p2 feature whose every bundle requires only {@code se.finsam.reports} (report templates,
 * their look, designs), as docs/template-plugin.md describes.
 *
 * @param id the feature's id ({@code se.finsam.templates.uppsala.feature})
 * @param name the feature's name for people
 * @param version its version
 * @param bundles the symbolic names of its bundles
 * @param templates the ids of the report templates its bundles contribute (empty until the application that
 *            installed it starts again)
 * @param source the p2 repository it was installed from, or null when it came with the product
 * @param signer who signed its bundles ("CN=…, O=…"), or null when they are not signed
 * @param removable false for the template plug-ins that are part of the product
 */
public record Plugin(String id, String name, String version, List<String> bundles, List<String> templates, String source,
		String signer, boolean removable) {
}
