package se.finsam.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

import se.finsam.store.Store;
import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;
import se.finsam.store.WrongKeyException;

/** The store service on embedded Derby (the default); registered with Declarative Services. */
@Component(service = StoreService.class)
public class DerbyStoreService implements StoreService {

	@Override
	public Store open(Path dataLocation, StoreKey key) {
		return new DerbyStore(dataLocation.toAbsolutePath().normalize(), key);
	}

	@Override
	public boolean exists(Path dataLocation) {
		return Database.exists(dataLocation);
	}

	/**
	 * Moves the current database aside (never deleting it) and restores; puts it back when the restore fails (a
	 * wrong key, a damaged backup).
	 */
	@Override
	public Path restore(Path dataLocation, Path backup, StoreKey key) {
		Path source = backupDatabase(backup);
		Path current = Database.directory(dataLocation);
		Path aside = current.resolveSibling(Database.NAME + ".before-restore-"
				+ LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
		try {
			if (Files.exists(current)) {
				Files.move(current, aside);
			}
			Files.createDirectories(current.getParent());
			Database.restore(dataLocation, source, key);
			return Files.exists(aside) ? aside : null;
		} catch (Exception e) {
			undo(current, aside);
			if (e instanceof WrongKeyException w) {
				throw w;
			}
			throw new StoreException(NLS.bind(Messages.Store_restoreFailed, backup, e.getMessage()), e);
		}
	}

	/** The Derby database inside a backup folder: the folder itself or its "finsam" child. */
	private static Path backupDatabase(Path backup) {
		for (Path candidate : new Path[] { backup, backup.resolve(Database.NAME) }) {
			if (Files.isRegularFile(candidate.resolve("service.properties"))) {
				return candidate;
			}
		}
		throw new StoreException(NLS.bind(Messages.Store_restoreNoBackup, backup));
	}

	private static void undo(Path current, Path aside) {
		try {
			if (Files.exists(aside)) {
				if (Files.exists(current)) {
					deleteTree(current);
				}
				Files.move(aside, current);
			}
		} catch (IOException e) {
			// the old database stays at 'aside'; the error already reported says the restore failed
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		try (var walk = Files.walk(dir)) {
			for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
