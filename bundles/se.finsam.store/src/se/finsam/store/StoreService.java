package se.finsam.store;

import java.nio.file.Path;

/**
 * Opens the store of a data location (an OSGi service). The database is created on first use under
 * {@code <data>/db}, encrypted with AES-256 by the key, and upgraded by the schema migrations when it is older
 * than this version of the product.
 */
public interface StoreService {

	/** Opens (creating if needed) the store under the data location. */
	Store open(Path dataLocation, StoreKey key);

	/** Whether the data location has a database yet. */
	boolean exists(Path dataLocation);

	/** Replaces the data location's database with a backup; the old one is kept aside, never deleted. */
	Path restore(Path dataLocation, Path backup, StoreKey key);
}
