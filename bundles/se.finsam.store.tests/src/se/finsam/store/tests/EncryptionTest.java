package se.finsam.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.model.Association;
import se.finsam.model.Participant;
import se.finsam.model.Project;
import se.finsam.store.Store;
import se.finsam.store.StoreKey;
import se.finsam.store.WrongKeyException;
import se.finsam.store.internal.JdbcStoreService;

/** Personal data never reaches the disk in clear text: not in the database files, the logs nor the backups. */
public class EncryptionTest {

	/** Skatteverket's best-known test personnummer, and a name no demo data contains. */
	private static final String PERSONNUMMER = "19121212-1212";
	private static final String NAME = "Tolvan Tolvansson";

	@TempDir
	Path data;
	@TempDir
	Path backups;

	@Test
	public void aKnownNameAndPersonnummerAppearInNoFile() throws Exception {
		Association a = Fixture.demo(100);
		Project project = a.getProjects().get(1);
		project.getSignature().setName(NAME);
		Participant p = project.getParticipants().stream().filter(Participant::isConsent).findFirst().orElseThrow();
		p.setPersonalIdentityNumber(PERSONNUMMER);
		p.setBirthYear(1912);
		try (Store store = Fixture.open(data)) {
			store.createAssociation(a);
			store.backup(backups);
		}
		// It is really there: the store gives it back.
		try (Store store = Fixture.open(data)) {
			Project loaded = store.loadAssociation(a.getId()).getProjects().get(1);
			store.loadContent(loaded);
			assertEquals(NAME, loaded.getSignature().getName());
			assertTrue(loaded.getParticipants().stream().anyMatch(x -> PERSONNUMMER.equals(x.getPersonalIdentityNumber())));
		}
		List<byte[]> needles = new ArrayList<>();
		for (String text : List.of(NAME, "Tolvansson", PERSONNUMMER, "191212121212", "1212121212", "121212-1212")) {
			needles.add(text.getBytes(StandardCharsets.UTF_8));
			needles.add(text.getBytes(StandardCharsets.UTF_16BE));
			needles.add(text.getBytes(StandardCharsets.UTF_16LE));
		}
		List<Path> files = files(data);
		files.addAll(files(backups));
		assertTrue(files.stream().anyMatch(f -> f.toString().endsWith("derby.log")), "the Derby log is checked too");
		assertTrue(files.size() > 20, "database and backup files: " + files.size());
		for (Path file : files) {
			byte[] content = Files.readAllBytes(file);
			for (byte[] needle : needles) {
				assertFalse(contains(content, needle), file + " contains personal data in clear text");
			}
		}
	}

	@Test
	public void theDatabaseUsesAes256() throws Exception {
		try (Store store = Fixture.open(data)) {
			store.associations();
		}
		String properties = Files.readString(data.resolve("db/finsam/service.properties"), StandardCharsets.ISO_8859_1);
		assertTrue(properties.contains("encryptionAlgorithm=AES/CBC/NoPadding"), properties);
		assertTrue(properties.contains("encryptionKeyLength=256"), properties);
	}

	@Test
	public void aWrongKeyIsRefusedClearly() {
		try (Store store = Fixture.open(data)) {
			store.createAssociation(Fixture.demo(20));
		}
		WrongKeyException e = assertThrows(WrongKeyException.class,
				() -> new JdbcStoreService().open(data, StoreKey.fromText("fel nyckel helt enkelt")));
		assertEquals("Nyckeln öppnar inte databasen i " + data.toAbsolutePath().normalize() + ".", e.getMessage());
		try (Store store = Fixture.open(data)) {
			assertEquals(1, store.associations().size(), "the right key still works");
		}
	}

	@Test
	public void keysRoundTripThroughTheirFile() throws Exception {
		StoreKey key = StoreKey.generate();
		Path file = data.resolve("nyckel.txt");
		key.write(file);
		assertEquals(key, StoreKey.read(file));
		assertEquals("StoreKey[hidden]", key.toString());
		assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
	}

	private static List<Path> files(Path root) throws Exception {
		try (Stream<Path> walk = Files.walk(root)) {
			return new ArrayList<>(walk.filter(Files::isRegularFile).toList());
		}
	}

	private static boolean contains(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}
}
