package se.finsam.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

import se.finsam.core.PrivateFiles;
import se.finsam.store.BackupVerification;
import se.finsam.store.ServerAddress;
import se.finsam.store.Store;
import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;

/** The store service: embedded Derby (the default) or a PostgreSQL server (team mode); a DS component. */
@Component(service = StoreService.class)
public class JdbcStoreService implements StoreService {

	/** The statistics bundle's, when installed: what a team server's readers see of each saved project. */
	@org.osgi.service.component.annotations.Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
			policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
	private volatile se.finsam.store.FiguresForReaders figures;

	@Override
	public Store open(Path dataLocation, StoreKey key) {
		return DerbyEngine.open(dataLocation.toAbsolutePath().normalize(), key);
	}

	@Override
	public Store open(ServerAddress server, char[] password, StoreKey key) {
		return PostgresEngine.open(server, password, key).publishing(() -> figures);
	}

	@Override
	public int schemaVersion() {
		return Migrations.LATEST;
	}

	@Override
	public boolean exists(Path dataLocation) {
		return Database.exists(dataLocation);
	}

	@Override
	public void prepare(Path dataLocation) {
		Database.prepare(dataLocation.toAbsolutePath().normalize());
	}

	/**
	 * Under the data location's lock (refused while anyone has the store open): the backup checked against its
	 * manifest, copied beside the database, booted with the key and consistency-checked table by table, and only
	 * then swapped in — the old database moved aside, never deleted. A crash during the swap is finished on the next
	 * start; any failure before it leaves the database as it was.
	 */
	@Override
	public Path restore(Path dataLocation, Path backup, StoreKey key) {
		Path location = dataLocation.toAbsolutePath().normalize();
		Path source = backupDatabase(backup);
		StoreFiles.lockExclusively(location);
		Path copy = StoreFiles.folder(location).resolve(StoreFiles.RESTORING);
		try {
			StoreFiles.recover(location);
			BackupCheck.check(backup, source, copy, key.forBackup(backup));
			Path aside = aside(StoreFiles.folder(location));
			return StoreFiles.swapIn(location, copy, aside, backup.resolve(StoreKey.SALT_FILE));
		} catch (StoreException e) {
			throw e; // a damaged backup or a wrong key, already said with "nothing was changed"
		} catch (IOException e) {
			throw new StoreException(NLS.bind(Messages.Store_restoreFailed, backup, e.getMessage()), e);
		} finally {
			deleteQuietly(copy);
			StoreFiles.unlock(location);
		}
	}

	@Override
	public BackupVerification verifyBackup(Path dataLocation, Path backup, StoreKey key) {
		Path source = backupDatabase(backup);
		Path copy;
		try {
			copy = PrivateFiles.folder(dataLocation.resolve("tmp")).resolve("verify-" + ProcessHandle.current().pid());
		} catch (IOException e) {
			throw new StoreException(NLS.bind(Messages.Backup_unreadable, backup, e.getMessage()), e);
		}
		try {
			return BackupCheck.check(backup, source, copy, key.forBackup(backup));
		} finally {
			deleteQuietly(copy);
		}
	}

	/** Where the replaced database goes: named by the time, and never onto an earlier one (two restores a second). */
	private static Path aside(Path folder) {
		String name = Database.NAME + ".before-restore-"
				+ LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
		Path aside = folder.resolve(name);
		for (int n = 2; Files.exists(aside); n++) {
			aside = folder.resolve(name + "-" + n);
		}
		return aside;
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

	private static void deleteQuietly(Path folder) {
		try {
			StoreFiles.deleteTree(folder);
		} catch (IOException e) {
			// a restoring copy left behind is removed on the next start
		}
	}
}
