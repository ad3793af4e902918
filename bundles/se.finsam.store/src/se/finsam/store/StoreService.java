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

	/**
	 * Opens the store of a förbund's team server (PostgreSQL). The server's database must have been set up by its
	 * owner ({@link ServerAddress}, {@link ServerAdministration#initialize}) and be of this version's schema: a client never changes the schema.
	 *
	 * @param password the server user's password; null when the server needs none (a local trusted connection)
	 * @param key the förbund's key, which seals identities before they are sent; checked against the server's probe.
	 *            Null for a user of the role {@code reader}, who holds no key: the store then gives projects,
	 *            budgets and participant counts with the small ones suppressed ({@link ProjectSummary#suppressed()}),
	 *            never a participant; for any other role null is refused as a wrong key.
	 * @throws StoreException in one Swedish line: wrong password, unknown host, server down, not set up, not ours,
	 *             older or newer schema, wrong key
	 */
	Store open(ServerAddress server, char[] password, StoreKey key);

	/** The schema version this version of the product makes and opens. */
	int schemaVersion();

	/** Whether the data location has a database yet. */
	boolean exists(Path dataLocation);

	/**
	 * Starts the database engine for this data location ahead of its first {@link #open} (its classes loaded, its
	 * log configured), so that an open soon after is quicker; the workbench calls it while its window is being
	 * built. Needs no key and opens nothing.
	 */
	default void prepare(Path dataLocation) {
	}

	/**
	 * Replaces the data location's database with a backup, after checking the backup whole (its manifest, then a
	 * copy booted and consistency-checked); the old one is kept aside, never deleted. Refused while the store is
	 * open anywhere.
	 *
	 * @return where the old database was moved, or null when there was none
	 */
	Path restore(Path dataLocation, Path backup, StoreKey key);

	/**
	 * Checks a backup as a restore would, without touching the store: its files against the manifest, and a copy
	 * (in the data location's work folder, deleted afterwards) booted with the key and consistency-checked.
	 *
	 * @throws StoreException saying what is wrong with it
	 */
	BackupVerification verifyBackup(Path dataLocation, Path backup, StoreKey key);
}
