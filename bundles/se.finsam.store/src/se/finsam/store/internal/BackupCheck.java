package se.finsam.store.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import se.finsam.store.BackupVerification;
import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;

/**
 * Whether a backup can be restored: its files as the manifest says (when it has one: backups of earlier versions do
 * not), and a copy of it that boots with the key and whose every table and index Derby's consistency check
 * (SYSCS_CHECK_TABLE) passes. The copy is what a restore then swaps in; for {@code backup --verify} it is deleted.
 */
final class BackupCheck {

	private BackupCheck() {
	}

	/** Checks the backup into {@code copy}; throws with what is wrong (the live database is never touched). */
	static BackupVerification check(Path backup, Path source, Path copy, StoreKey key) {
		boolean manifest = BackupManifest.exists(backup);
		int files;
		try {
			if (manifest) {
				List<String> problems = BackupManifest.verify(backup, source);
				if (!problems.isEmpty()) {
					throw new StoreException(NLS.bind(Messages.Backup_damaged, backup, summary(problems)));
				}
			}
			StoreFiles.deleteTree(copy);
			StoreFiles.copyTree(source, copy);
			files = (int) java.nio.file.Files.walk(copy).filter(java.nio.file.Files::isRegularFile).count();
		} catch (IOException e) {
			throw new StoreException(NLS.bind(Messages.Backup_unreadable, backup, e.getMessage()), e);
		}
		Database database;
		try {
			database = Database.boot(copy, key, backup);
		} catch (se.finsam.store.WrongKeyException e) {
			throw e;
		} catch (StoreException e) {
			throw new StoreException(NLS.bind(Messages.Backup_damaged, backup, Messages.Backup_doesNotBoot), e);
		}
		try (Connection c = database.connection()) {
			int tables = checkTables(c, backup);
			return new BackupVerification(files, tables, manifest);
		} catch (SQLException e) {
			throw new StoreException(NLS.bind(Messages.Backup_damaged, backup,
					NLS.bind(Messages.Backup_checkFailed, DatabaseErrors.withoutValues(e.getMessage()))),
					DatabaseErrors.sanitized(e));
		} finally {
			try {
				database.shutdown();
			} catch (StoreException e) {
				// Derby already stopped a database it found damaged; what was found is what counts
			}
		}
	}

	private static int checkTables(Connection c, Path backup) throws SQLException {
		List<String[]> tables = new ArrayList<>();
		try (PreparedStatement s = c.prepareStatement("SELECT S.SCHEMANAME, T.TABLENAME FROM SYS.SYSTABLES T "
				+ "JOIN SYS.SYSSCHEMAS S ON S.SCHEMAID = T.SCHEMAID WHERE T.TABLETYPE = 'T' ORDER BY 1, 2");
				ResultSet rs = s.executeQuery()) {
			while (rs.next()) {
				tables.add(new String[] { rs.getString(1), rs.getString(2) });
			}
		}
		if (tables.isEmpty()) {
			throw new StoreException(NLS.bind(Messages.Backup_damaged, backup, Messages.Backup_noTables));
		}
		for (String[] t : tables) {
			try (PreparedStatement s = c.prepareStatement("VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE(?, ?)")) {
				s.setString(1, t[0]);
				s.setString(2, t[1]);
				try (ResultSet rs = s.executeQuery()) {
					if (!rs.next() || rs.getInt(1) != 1) {
						throw new StoreException(NLS.bind(Messages.Backup_damaged, backup,
								NLS.bind(Messages.Backup_tableDamaged, t[1])));
					}
				}
			} catch (SQLException e) {
				throw new StoreException(NLS.bind(Messages.Backup_damaged, backup,
						NLS.bind(Messages.Backup_tableDamaged, t[1])), DatabaseErrors.sanitized(e));
			}
		}
		return tables.size();
	}

	private static String summary(List<String> problems) {
		String shown = String.join("; ", problems.subList(0, Math.min(3, problems.size())));
		return problems.size() <= 3 ? shown : shown + NLS.bind(Messages.Backup_moreProblems, problems.size() - 3);
	}
}
