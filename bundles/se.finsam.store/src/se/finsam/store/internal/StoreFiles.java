package se.finsam.store.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import se.finsam.core.PrivateFiles;
import se.finsam.store.StoreException;

/**
 * The database's folder as a whole: one lock every process takes before it touches it (the store, a restore), a
 * database that appears only complete (created or restored elsewhere, then renamed into place), a marker that
 * finishes or rolls back a restore a crash interrupted, and a store that is missing where one was made is an error,
 * never silently made anew.
 */
final class StoreFiles {

	/** Written once a database is in place: from then on its absence is a loss, not a first start. */
	static final String CREATED = "store.created";
	private static final String LOCK = "store.lock";
	private static final String RESTORE_MARKER = "restore.marker";
	private static final String CREATING = Database.NAME + ".creating";
	static final String RESTORING = Database.NAME + ".restoring";
	private static final String SALT = se.finsam.store.StoreKey.SALT_FILE;
	private static final String SALT_RESTORING = SALT + ".restoring";

	/** Locks held by this JVM, by data location: a store opened twice here shares one. */
	private static final Map<Path, Held> HELD = new HashMap<>();

	private record Held(FileChannel channel, FileLock lock, int count) {
	}

	private StoreFiles() {
	}

	static Path folder(Path dataLocation) {
		return dataLocation.resolve("db");
	}

	/** Takes the data location's lock, shared within this JVM; refused when another process holds it. */
	static synchronized void lock(Path dataLocation) {
		Path key = dataLocation.toAbsolutePath().normalize();
		Held held = HELD.get(key);
		if (held != null) {
			HELD.put(key, new Held(held.channel, held.lock, held.count + 1));
			return;
		}
		HELD.put(key, acquire(key));
		// The first to hold the data location: what a killed process left half-written goes.
		PrivateFiles.clearWorkFolder(key);
	}

	/** The lock for a restore: refused also while this JVM has the store open. */
	static synchronized void lockExclusively(Path dataLocation) {
		Path key = dataLocation.toAbsolutePath().normalize();
		if (HELD.containsKey(key)) {
			throw new StoreException(NLS.bind(Messages.Store_inUse, dataLocation));
		}
		HELD.put(key, acquire(key));
	}

	static synchronized void unlock(Path dataLocation) {
		Path key = dataLocation.toAbsolutePath().normalize();
		Held held = HELD.get(key);
		if (held == null) {
			return;
		}
		if (held.count > 1) {
			HELD.put(key, new Held(held.channel, held.lock, held.count - 1));
			return;
		}
		HELD.remove(key);
		try {
			held.lock.release();
			held.channel.close();
		} catch (IOException e) {
			// closing the channel releases the lock in any case
		}
	}

	private static Held acquire(Path dataLocation) {
		try {
			PrivateFiles.folder(dataLocation);
			Path folder = PrivateFiles.folder(folder(dataLocation));
			FileChannel channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			} catch (OverlappingFileLockException e) {
				lock = null;
			}
			if (lock == null) {
				channel.close();
				throw new StoreException(NLS.bind(Messages.Store_inUse, dataLocation));
			}
			return new Held(channel, lock, 1);
		} catch (IOException e) {
			throw new StoreException(NLS.bind(Messages.Store_cannotOpen, dataLocation, e.getMessage()), e);
		}
	}

	/**
	 * Finishes what a crash interrupted, under the lock: a restore is completed when its verified copy was about to
	 * replace the database, rolled back otherwise; a half-made creation or restoring copy is removed.
	 */
	static void recover(Path dataLocation) {
		Path folder = folder(dataLocation);
		Path current = folder.resolve(Database.NAME);
		Path restoring = folder.resolve(RESTORING);
		try {
			if (Files.exists(folder.resolve(RESTORE_MARKER))) {
				Path saltRestoring = folder.resolve(SALT_RESTORING);
				if (Files.isDirectory(restoring) && !Files.exists(current)) {
					move(restoring, current); // the old one was already moved aside: finish
					Files.writeString(folder.resolve(CREATED), "", StandardCharsets.UTF_8);
				}
				if (Files.isDirectory(restoring)) { // nothing was moved yet: roll back
					Files.deleteIfExists(saltRestoring);
				} else if (Files.exists(saltRestoring)) {
					Files.move(saltRestoring, folder.resolve(SALT), StandardCopyOption.REPLACE_EXISTING);
				}
				Files.delete(folder.resolve(RESTORE_MARKER));
			}
			deleteTree(restoring);
			deleteTree(folder.resolve(CREATING));
		} catch (IOException e) {
			throw new StoreException(NLS.bind(Messages.Store_cannotOpen, dataLocation, e.getMessage()), e);
		}
	}

	/**
	 * Refuses a database that was made once and is gone (a restore is the way back, never a new empty store), and
	 * one an older version left half-created.
	 */
	static void checkPresent(Path dataLocation) {
		Path folder = folder(dataLocation);
		Path current = folder.resolve(Database.NAME);
		boolean complete = Files.isRegularFile(current.resolve("service.properties"));
		if (Files.isDirectory(current) && !complete) {
			throw new StoreException(NLS.bind(Messages.Store_halfCreated, current));
		}
		if (!complete && Files.exists(folder.resolve(CREATED))) {
			throw new StoreException(NLS.bind(Messages.Store_missing, current));
		}
		if (complete && !Files.exists(folder.resolve(CREATED))) {
			try { // a store of an earlier version: from now on its loss is noticed too
				Files.writeString(folder.resolve(CREATED), "", StandardCharsets.UTF_8);
			} catch (IOException e) {
				// noticed next time
			}
		}
	}

	/** Where a new database is made before it is renamed into place. */
	static Path creating(Path dataLocation) throws IOException {
		Path path = folder(dataLocation).resolve(CREATING);
		deleteTree(path);
		return path;
	}

	/** The new database, complete, renamed into place; from now on it is expected. */
	static void created(Path dataLocation, Path made) throws IOException {
		Path folder = folder(dataLocation);
		move(made, folder.resolve(Database.NAME));
		Files.writeString(folder.resolve(CREATED), "", StandardCharsets.UTF_8);
	}

	/**
	 * Swaps a verified restored copy in: a marker first, so that a crash between the two renames is finished on the
	 * next start; the old database is kept aside, never deleted. Returns where it went (null when there was none).
	 */
	static Path swapIn(Path dataLocation, Path restored, Path aside, Path backupSalt) throws IOException {
		Path folder = folder(dataLocation);
		Path current = folder.resolve(Database.NAME);
		Path marker = folder.resolve(RESTORE_MARKER);
		Path salt = folder.resolve(SALT);
		// The backup's salt goes with its database (empty: a backup from before salts per store).
		Files.writeString(folder.resolve(SALT_RESTORING),
				Files.exists(backupSalt) ? Files.readString(backupSalt, StandardCharsets.UTF_8) : "",
				StandardCharsets.UTF_8);
		try (FileChannel ch = FileChannel.open(marker, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING)) {
			ch.write(java.nio.ByteBuffer.wrap(aside.getFileName().toString().getBytes(StandardCharsets.UTF_8)));
			ch.force(true);
		}
		boolean had = Files.exists(current);
		if (had) {
			move(current, aside);
			if (Files.exists(salt)) { // the old database keeps the salt its password needs
				Files.copy(salt, aside.resolveSibling(aside.getFileName() + "." + SALT),
						StandardCopyOption.REPLACE_EXISTING);
			}
		}
		move(restored, current);
		Files.move(folder.resolve(SALT_RESTORING), salt, StandardCopyOption.REPLACE_EXISTING);
		Files.writeString(folder.resolve(CREATED), "", StandardCharsets.UTF_8);
		Files.delete(marker);
		return had ? aside : null;
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to);
		}
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> all = Files.walk(root)) {
			for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

	/** Copies a database folder (a backup's, to be checked or restored). */
	static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> all = Files.walk(from)) {
			for (Path p : all.toList()) {
				Path target = to.resolve(from.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				} else {
					Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}
}
