package se.finsam.io.xlsx.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/** The column mapping a user chose, remembered per association (instance preferences): heading → column id. */
final class MappingMemory {

	private static final String NODE = "se.finsam.io.xlsx.ui/mapping";

	private MappingMemory() {
	}

	static Map<String, String> load(String associationId) {
		Map<String, String> mapping = new LinkedHashMap<>();
		Preferences node = InstanceScope.INSTANCE.getNode(NODE).node(associationId);
		try {
			for (String key : node.keys()) {
				mapping.put(key, node.get(key, ""));
			}
		} catch (BackingStoreException e) {
			// nothing remembered: the built-in headings apply
		}
		return mapping;
	}

	static void save(String associationId, Map<String, String> mapping) {
		Preferences node = InstanceScope.INSTANCE.getNode(NODE).node(associationId);
		try {
			node.clear();
			mapping.forEach(node::put);
			node.flush();
		} catch (BackingStoreException e) {
			// remembered next time instead; the import itself is unaffected
		}
	}
}
