package se.finsam.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.model.Association;
import se.finsam.model.Participant;
import se.finsam.model.Project;
import se.finsam.store.AuditEntry;
import se.finsam.store.ServerAddress;
import se.finsam.store.Store;
import se.finsam.store.StoreException;
import se.finsam.store.TableCheck;
import se.finsam.store.internal.PgServerAdministration;

/**
 * {@code admin migrate} and {@code admin export}: a data directory's store to a team server and back, all or
 * nothing, with the same rows and checksums on every side, and the model as it was.
 */
public class TeamCopyTest {

	private final PgServerAdministration admin = new PgServerAdministration();

	@TempDir
	Path embedded;
	@TempDir
	Path back;

	@Test
	public void aStoreGoesToTheServerAndBackUnchanged() {
		Association original = Fixture.demo(300);
		Participant known = original.getProjects().get(0).getParticipants().get(0);
		known.setPersonalIdentityNumber("19121212-1212");
		known.setBirthYear(1912);
		try (Store store = Fixture.open(embedded)) {
			store.createAssociation(EcoreUtil.copy(original));
			store.record(new AuditEntry(Instant.parse("2026-11-30T08:00:00.123456789Z"), "eva",
					AuditEntry.REVEAL_PERSONNUMMER, known.eContainer() instanceof Project p ? p.getId() : null,
					known.getCode(), "Kontroll"));
		}
		ServerAddress server = TeamServer.initializedDatabase();
		List<TableCheck> there = admin.migrate(server, null, embedded, Fixture.KEY);
		assertEquals(15, there.size());
		assertTrue(there.stream().filter(t -> t.table().equals("PARTICIPANT")).allMatch(t -> t.rows() == 300), there
				.toString());
		assertEquals(1, there.stream().filter(t -> t.table().equals("AUDIT")).findFirst().orElseThrow().rows());
		assertSame(original, TeamServer.open(server));

		List<TableCheck> home = admin.export(server, null, back, Fixture.KEY);
		assertEquals(there, home, "the same rows and checksums there and back");
		try (Store store = Fixture.open(back)) {
			assertEquals(1, store.auditLog().size());
			assertEquals(List.of(known.getCode()), store.findPerson("19121212-1212").stream().map(r -> r.code())
					.toList(), "the identity is found by its pseudonym again");
		}
		assertSame(original, Fixture.open(back));
	}

	@Test
	public void aCopyGoesOnlyIntoAnEmptyStore() throws Exception {
		try (Store store = Fixture.open(embedded)) {
			store.createAssociation(Fixture.demo(40));
		}
		ServerAddress server = TeamServer.initializedDatabase();
		admin.migrate(server, null, embedded, Fixture.KEY);
		StoreException twice = assertThrows(StoreException.class, () -> admin.migrate(server, null, embedded,
				Fixture.KEY));
		assertEquals(server + " innehåller redan data: en kopia går bara till en tom databas. Ingenting ändrades.",
				twice.getMessage());
		try (Store store = TeamServer.open(server)) {
			assertEquals(1, store.associations().size(), "nothing was added the second time");
		}
		StoreException exists = assertThrows(StoreException.class, () -> admin.export(server, null, embedded,
				Fixture.KEY));
		assertTrue(exists.getMessage().startsWith("Det finns redan en databas i "), exists.getMessage());
		StoreException noSource = assertThrows(StoreException.class, () -> admin.migrate(server, null, back,
				Fixture.KEY));
		assertTrue(noSource.getMessage().startsWith("Det finns ingen databas i "), noSource.getMessage());
		assertFalse(Files.exists(back.resolve("db")), "nothing was made where there was nothing to migrate");
	}

	/** The store holds what the association held (revisions aside), content and all. */
	private static void assertSame(Association expected, Store opened) {
		try (Store store = opened) {
			Association loaded = store.loadAssociation(expected.getId());
			loaded.getProjects().forEach(store::loadContent);
			loaded.setRevision(expected.getRevision());
			for (int i = 0; i < loaded.getProjects().size(); i++) {
				loaded.getProjects().get(i).setRevision(expected.getProjects().get(i).getRevision());
			}
			assertTrue(Fixture.sameContent(expected, loaded), "the association differs after the copy");
		}
	}
}
