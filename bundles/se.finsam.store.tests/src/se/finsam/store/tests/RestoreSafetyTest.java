package se.finsam.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.store.BackupVerification;
import se.finsam.store.Store;
import se.finsam.store.StoreException;
import se.finsam.store.internal.JdbcStoreService;

/**
 * A restore never loses data, and a store never appears half-made: damaged backups (with and without a manifest)
 * are refused with the live database unchanged; a restore is refused while the store is open; a crash between the
 * two renames of a restore is finished on the next start, one before them rolled back; a creation interrupted
 * leaves nothing behind; a store that was made and is gone is an error, never a new empty store.
 */
public class RestoreSafetyTest {

	@TempDir
	Path data;
	@TempDir
	Path backups;

	private final JdbcStoreService service = new JdbcStoreService();

	/** A store with a demo association, a backup of it, and then a change, so live and backup differ. */
	private Path storeAndBackup(Map<String, String>[] live, Map<String, String>[] backedUp) throws Exception {
		try (Store store = Fixture.open(data)) {
			store.createAssociation(Fixture.demo(300));
			backedUp[0] = BackupTest.checksums(store);
			Path backup = store.backup(backups);
			store.deleteProject(store.loadAssociation(store.associations().get(0).id()).getProjects().get(0));
			live[0] = BackupTest.checksums(store);
			return backup;
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String>[] holder() {
		return new Map[1];
	}

	private void assertLiveIs(Map<String, String> expected) throws Exception {
		try (Store store = Fixture.open(data)) {
			assertEquals(expected, BackupTest.checksums(store));
		}
	}

	@Test
	public void aBackupIsVerifiedWholeAndItsFilesAreTheOwnersAlone() throws Exception {
		Map<String, String>[] live = holder(), backedUp = holder();
		Path backup = storeAndBackup(live, backedUp);
		BackupVerification v = service.verifyBackup(data, backup, Fixture.KEY);
		assertTrue(v.manifest() && v.files() > 20 && v.tables() >= 15, v.toString());
		assertEquals("rwx------", mode(backup));
		assertEquals("rw-------", mode(backup.resolve("finsam-backup.sha256")));
		assertEquals("rwx------", mode(data.resolve("db")));
		try (Stream<Path> files = Files.walk(data.resolve("db/finsam"))) {
			for (Path f : files.filter(Files::isRegularFile).toList()) {
				assertEquals("rw-------", mode(f), f.toString()); // Derby's files, whatever the umask
			}
		}
	}

	@Test
	public void aTruncatedBackupIsRefusedAndTheStoreStaysAsItWas() throws Exception {
		Map<String, String>[] live = holder(), backedUp = holder();
		Path backup = storeAndBackup(live, backedUp);
		Path largest = largestSegment(backup);
		try (RandomAccessFile f = new RandomAccessFile(largest.toFile(), "rw")) {
			f.setLength(8192);
		}
		StoreException e = assertThrows(StoreException.class, () -> service.restore(data, backup, Fixture.KEY));
		assertTrue(e.getMessage().contains("är skadad") && e.getMessage().contains(largest.getFileName().toString())
				&& e.getMessage().contains("Ingenting ändrades"), e.getMessage());
		assertThrows(StoreException.class, () -> service.verifyBackup(data, backup, Fixture.KEY));
		assertLiveIs(live[0]);
		assertFalse(Files.exists(data.resolve("db/finsam.restoring")), "no copy left behind");
	}

	@Test
	public void aBitFlippedBackupWithoutManifestIsFoundByTheConsistencyCheck() throws Exception {
		Map<String, String>[] live = holder(), backedUp = holder();
		Path backup = storeAndBackup(live, backedUp);
		Files.delete(backup.resolve("finsam-backup.sha256")); // as a backup of an earlier version
		Path largest = largestSegment(backup);
		try (RandomAccessFile f = new RandomAccessFile(largest.toFile(), "rw")) {
			long at = f.length() / 2 + 100;
			f.seek(at);
			int b = f.read();
			f.seek(at);
			f.write(b ^ 0xFF);
		}
		StoreException e = assertThrows(StoreException.class, () -> service.restore(data, backup, Fixture.KEY));
		assertTrue(e.getMessage().contains("är skadad"), e.getMessage());
		assertLiveIs(live[0]);
	}

	@Test
	public void twoRestoresWithinOneSecondKeepBothReplacedDatabases() throws Exception {
		Map<String, String>[] live = holder(), backedUp = holder();
		Path backup = storeAndBackup(live, backedUp);
		service.restore(data, backup, Fixture.KEY);
		service.restore(data, backup, Fixture.KEY); // found by the benchmark: the second failed on the first's name
		assertLiveIs(backedUp[0]);
		try (Stream<Path> kept = Files.list(data.resolve("db"))) {
			assertEquals(2, kept.filter(p -> Files.isDirectory(p)
					&& p.getFileName().toString().startsWith("finsam.before-restore-")).count());
		}
	}

	@Test
	public void aRestoreIsRefusedWhileTheStoreIsOpen() throws Exception {
		Map<String, String>[] live = holder(), backedUp = holder();
		Path backup = storeAndBackup(live, backedUp);
		try (Store open = Fixture.open(data)) {
			StoreException e = assertThrows(StoreException.class, () -> service.restore(data, backup, Fixture.KEY));
			assertTrue(e.getMessage().contains("används av ett annat Finsam-program"), e.getMessage());
			assertEquals(live[0], BackupTest.checksums(open));
		}
	}

	@Test
	public void aRestoreInterruptedBetweenItsRenamesIsFinishedOnTheNextStart() throws Exception {
		Map<String, String>[] live = holder(), backedUp = holder();
		Path backup = storeAndBackup(live, backedUp);
		Path db = data.resolve("db");
		// The state a kill -9 leaves after the old database was moved aside, before the copy was moved in.
		copy(backup.resolve("finsam"), db.resolve("finsam.restoring"));
		Files.writeString(db.resolve("restore.marker"), "finsam.before-restore-x", StandardCharsets.UTF_8);
		Files.move(db.resolve("finsam"), db.resolve("finsam.before-restore-x"));
		assertLiveIs(backedUp[0]);
		assertFalse(Files.exists(db.resolve("restore.marker")));
		assertTrue(Files.isDirectory(db.resolve("finsam.before-restore-x")), "the old one kept aside");
	}

	@Test
	public void aRestoreInterruptedBeforeItsRenamesIsRolledBack() throws Exception {
		Map<String, String>[] live = holder(), backedUp = holder();
		Path backup = storeAndBackup(live, backedUp);
		Path db = data.resolve("db");
		copy(backup.resolve("finsam"), db.resolve("finsam.restoring"));
		Files.writeString(db.resolve("restore.marker"), "finsam.before-restore-x", StandardCharsets.UTF_8);
		assertLiveIs(live[0]);
		assertFalse(Files.exists(db.resolve("finsam.restoring")));
		assertFalse(Files.exists(db.resolve("restore.marker")));
	}

	@Test
	public void anInterruptedCreationLeavesNothingBehind() throws Exception {
		Path creating = data.resolve("db/finsam.creating");
		Files.createDirectories(creating.resolve("seg0"));
		Files.writeString(creating.resolve("seg0/c10.dat"), "half");
		try (Store store = Fixture.open(data)) {
			assertTrue(store.associations().isEmpty());
		}
		assertFalse(Files.exists(creating));
	}

	@Test
	public void aStoreHalfCreatedByAnOlderVersionIsNamedWithWhatToDo() throws Exception {
		Files.createDirectories(data.resolve("db/finsam/seg0"));
		StoreException e = assertThrows(StoreException.class, () -> Fixture.open(data));
		assertTrue(e.getMessage().contains("blev aldrig färdigskapad") && e.getMessage().contains("Ta bort mappen"),
				e.getMessage());
	}

	@Test
	public void aStoreThatIsGoneIsAnErrorNeverANewEmptyOne() throws Exception {
		try (Store store = Fixture.open(data)) {
			store.createAssociation(Fixture.demo(20));
		}
		Files.move(data.resolve("db/finsam"), backups.resolve("elsewhere"));
		StoreException e = assertThrows(StoreException.class, () -> Fixture.open(data));
		assertTrue(e.getMessage().contains("Databasen saknas") && e.getMessage().contains("restore"), e.getMessage());
		assertFalse(Files.exists(data.resolve("db/finsam")), "nothing was created in its place");
	}

	private static Path largestSegment(Path backup) throws Exception {
		try (Stream<Path> files = Files.list(backup.resolve("finsam/seg0"))) {
			return files.max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
		}
	}

	private static void copy(Path from, Path to) throws Exception {
		try (Stream<Path> all = Files.walk(from)) {
			for (Path p : all.toList()) {
				Path target = to.resolve(from.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				} else {
					Files.copy(p, target);
				}
			}
		}
	}

	private static String mode(Path p) throws Exception {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
	}
}
