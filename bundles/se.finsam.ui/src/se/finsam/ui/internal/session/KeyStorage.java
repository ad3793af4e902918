package se.finsam.ui.internal.session;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

import se.finsam.store.StoreKey;

/**
 * Where the workbench keeps the key of each data location: Eclipse secure storage, one node per data location
 * (named by a hash of its path, so the path itself is not stored), the value encrypted by the storage. The
 * environment variable FINSAM_KEY, when set, takes precedence (administrators, tests, benchmarks).
 */
final class KeyStorage {

	private static final String ROOT = "/se.finsam/stores/";
	private static final String KEY = "key";

	private final ISecurePreferences preferences;

	KeyStorage(ISecurePreferences preferences) {
		this.preferences = preferences;
	}

	/** The default secure storage of this user (may ask for its master password). */
	static KeyStorage standard() {
		return new KeyStorage(SecurePreferencesFactory.getDefault());
	}

	/** The key from FINSAM_KEY, else from secure storage; null when neither has one. */
	StoreKey find(Path dataLocation) throws StorageException {
		String variable = System.getenv("FINSAM_KEY");
		if (variable != null && !variable.isBlank()) {
			return StoreKey.fromText(variable);
		}
		if (preferences == null) {
			return null;
		}
		String encoded = preferences.node(node(dataLocation)).get(KEY, null);
		return encoded == null ? null : StoreKey.fromText(encoded);
	}

	/** Remembers the key of the data location (unless it came from FINSAM_KEY). */
	void remember(Path dataLocation, StoreKey key) throws StorageException {
		if (preferences == null || System.getenv("FINSAM_KEY") != null) {
			return;
		}
		ISecurePreferences node = preferences.node(node(dataLocation));
		node.put(KEY, key.encoded(), true);
		try {
			node.flush();
		} catch (java.io.IOException e) {
			throw new StorageException(StorageException.INTERNAL_ERROR, e);
		}
	}

	private static String node(Path dataLocation) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
					.digest(dataLocation.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
			return ROOT + HexFormat.of().formatHex(digest, 0, 16);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
