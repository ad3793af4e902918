package se.finsam.store.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.eclipse.osgi.util.NLS;

import se.finsam.core.PrivateFiles;
import se.finsam.store.SchemaUpgrade;
import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;

/** The embedded, encrypted Derby database of one data location (the default store). */
final class DerbyEngine implements Engine {

	/** Where the backup taken before a schema upgrade goes, under the data location. */
	static final String UPGRADE_BACKUPS = "backups";

	private final Path dataLocation;
	private final Database database;
	private final SqlDialect dialect = new DerbyDialect();

	private DerbyEngine(Path dataLocation, Database database) {
		this.dataLocation = dataLocation;
		this.database = database;
	}

	/**
	 * Opens (creating if needed) the store of a data location. A database of an older version is backed up under
	 * {@code <data>/backups} before its first migration: a failed backup stops the open with the database
	 * untouched.
	 */
	static JdbcStore open(Path dataLocation, StoreKey key) {
		StoreKey bound = bind(dataLocation, key);
		SqlDialect dialect = new DerbyDialect();
		Database database = Database.open(dataLocation, bound, fresh -> {
			try (Connection c = fresh.connection()) {
				Schema.prepare(c, dialect, dataLocation.toString(), version -> null);
			} catch (SQLException e) {
				throw DatabaseErrors.of(e);
			}
		});
		DerbyEngine engine = new DerbyEngine(dataLocation, database);
		try (Connection c = database.connection()) {
			SchemaUpgrade upgrade = Schema.prepare(c, dialect, dataLocation.toString(), version -> {
				Path backup = backupFiles(c, dataLocation, dataLocation.resolve(UPGRADE_BACKUPS));
				return new SchemaUpgrade(version, Migrations.LATEST, backup);
			});
			return new JdbcStore(engine, bound, upgrade, dataLocation.toString());
		} catch (SQLException | RuntimeException e) {
			database.shutdown();
			throw e instanceof SQLException sql ? DatabaseErrors.of(sql) : (RuntimeException) e;
		}
	}

	/**
	 * The key of this store: a passphrase stretched with the store's own salt. A new store is refused a weak
	 * passphrase before anything is made; one made earlier opens with what made it.
	 */
	private static StoreKey bind(Path dataLocation, StoreKey key) {
		if (!Database.exists(dataLocation) && !Files.exists(dataLocation.resolve("db").resolve(StoreFiles.CREATED))) {
			String weakness = key.weakness();
			if (weakness != null) {
				throw new StoreException(weakness);
			}
		}
		return key.forStore(dataLocation);
	}

	@Override
	public Connection connection() throws SQLException {
		return database.connection();
	}

	@Override
	public SqlDialect dialect() {
		return dialect;
	}

	@Override
	public Path backup(Connection c, Path directory) {
		return backupFiles(c, dataLocation, directory);
	}

	@Override
	public Connection designConnection() throws SQLException {
		try (Connection c = database.connection()) {
			c.setReadOnly(true);
			return ViewSnapshot.of(c);
		}
	}

	@Override
	public void close() {
		database.shutdown();
	}

	/**
	 * An online backup (still encrypted) into a new folder under {@code directory}, with the salt it opens with and
	 * a manifest of its files.
	 */
	private static Path backupFiles(Connection c, Path dataLocation, Path directory) {
		Path target = directory.resolve("finsam-backup-"
				+ LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
		try {
			PrivateFiles.folder(target);
			try (PreparedStatement s = c.prepareStatement("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
				s.setString(1, target.toAbsolutePath().toString());
				s.execute();
			}
			Path salt = StoreFiles.folder(dataLocation).resolve(StoreKey.SALT_FILE);
			if (Files.exists(salt)) { // the backup opens with the same password wherever it is restored
				PrivateFiles.file(Files.copy(salt, target.resolve(StoreKey.SALT_FILE)));
			}
			BackupManifest.write(target, target.resolve(Database.NAME));
			PrivateFiles.file(target.resolve(BackupManifest.FILE));
			return target;
		} catch (Exception e) {
			throw new StoreException(NLS.bind(Messages.Store_backupFailed, target, e.getMessage()), e);
		}
	}
}
