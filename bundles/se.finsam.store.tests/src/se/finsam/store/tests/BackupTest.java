package se.finsam.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.model.Association;
import se.finsam.store.Store;
import se.finsam.store.StoreKey;
import se.finsam.store.WrongKeyException;
import se.finsam.store.internal.JdbcStoreService;

/** Online backup and restore round-trip: same counts, same checksums. */
public class BackupTest {

	private static final List<String> TABLES = List.of("ASSOCIATION", "PARTY", "LOCAL_GROUP", "PROJECT",
			"PROJECT_PARTY", "PROJECT_PERIOD", "GOAL", "BUDGET_LINE", "BUDGET_AMOUNT", "FLAT_RATE", "PARTICIPANT",
			"DOCUMENT");

	@TempDir
	Path data;
	@TempDir
	Path backups;

	@Test
	public void restoreBringsBackExactlyWhatWasBackedUp() throws Exception {
		Association a = Fixture.demo(250);
		Map<String, String> before;
		Path backup;
		try (Store store = Fixture.open(data)) {
			store.createAssociation(a);
			before = checksums(store);
			backup = store.backup(backups);
			// Work goes on after the backup...
			store.deleteProject(store.loadAssociation(a.getId()).getProjects().get(1));
			assertNotEquals(before, checksums(store));
		}
		assertTrue(Files.isRegularFile(backup.resolve("finsam/service.properties")), "backup layout " + backup);
		Path aside = new JdbcStoreService().restore(data, backup, Fixture.KEY);
		assertTrue(Files.isDirectory(aside), "the replaced database is kept aside");
		try (Store store = Fixture.open(data)) {
			assertEquals(before, checksums(store));
		}
	}

	/**
	 * A backup into a folder whose path is longer than the backup log's column is made, verified and logged with its
	 * location shortened in the middle; it failed with a database error after the backup was written.
	 */
	@Test
	public void aBackupIntoADeepFolderIsLoggedShortened() throws Exception {
		Path deep = backups;
		for (int i = 0; deep.toString().length() <= 1_100; i++) {
			deep = deep.resolve(i + "-" + "mapp".repeat(45));
		}
		Files.createDirectories(deep);
		Path backup;
		try (Store store = Fixture.open(data)) {
			store.createAssociation(Fixture.demo(20));
			backup = store.backup(deep);
			assertTrue(Files.isDirectory(backup) && backup.startsWith(deep), backup.toString());
			String logged = store.backups().get(store.backups().size() - 1).location();
			assertEquals(1_000, logged.length());
			assertTrue(logged.startsWith(backups.toString()) && logged.contains("\u2026")
					&& logged.endsWith(backup.getFileName().toString()), logged);
		}
		new JdbcStoreService().verifyBackup(data, backup, Fixture.KEY);
	}

	@Test
	public void aRestoreWithTheWrongKeyChangesNothing() throws Exception {
		Path backup;
		Map<String, String> current;
		try (Store store = Fixture.open(data)) {
			store.createAssociation(Fixture.demo(40));
			backup = store.backup(backups);
			store.deleteProject(store.loadAssociation(store.associations().get(0).id()).getProjects().get(0));
			current = checksums(store);
		}
		assertThrows(WrongKeyException.class,
				() -> new JdbcStoreService().restore(data, backup, StoreKey.fromText("inte rätt nyckel alls")));
		try (Store store = Fixture.open(data)) {
			assertEquals(current, checksums(store));
		}
	}

	/** Per table: the row count and a SHA-256 over every value of every row in key order. */
	static Map<String, String> checksums(Store store) throws Exception {
		Map<String, String> result = new LinkedHashMap<>();
		try (Connection c = store.reportingConnection()) {
			for (String table : TABLES) {
				MessageDigest digest = MessageDigest.getInstance("SHA-256");
				long rows = 0;
				try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
					java.util.List<String> lines = new java.util.ArrayList<>();
					int columns = rs.getMetaData().getColumnCount();
					while (rs.next()) {
						StringBuilder line = new StringBuilder();
						for (int i = 1; i <= columns; i++) {
							line.append(rs.getString(i)).append('|');
						}
						lines.add(line.toString());
						rows++;
					}
					java.util.Collections.sort(lines);
					lines.forEach(l -> digest.update(l.getBytes(StandardCharsets.UTF_8)));
				}
				result.put(table, rows + ":" + HexFormat.of().formatHex(digest.digest()));
			}
		}
		return result;
	}
}
