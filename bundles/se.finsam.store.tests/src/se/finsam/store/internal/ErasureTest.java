package se.finsam.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.model.Association;
import se.finsam.model.AttributeDefinition;
import se.finsam.model.FinsamFactory;
import se.finsam.model.Gender;
import se.finsam.model.Participant;
import se.finsam.model.Period;
import se.finsam.model.Project;
import se.finsam.model.ProjectKind;
import se.finsam.store.BackupRecord;
import se.finsam.store.ErasureCandidate;
import se.finsam.store.PersonRecord;
import se.finsam.testing.Fixtures;

/**
 * Gallring and a person's registrations in the store: which identities are due, what erasure removes and keeps,
 * and that the erased values are gone from the database's files and transaction log afterwards. The files are
 * searched in an unencrypted database (a switch only tests reach), where stored values can be seen at all.
 */
public class ErasureTest {

	private static final FinsamFactory F = FinsamFactory.eINSTANCE;
	private static final LocalDate TODAY = Fixtures.TODAY;
	private static final String GONE = "19850314-1239";
	private static final String KEPT = "19900101-0017";
	@TempDir
	Path data;

	@BeforeEach
	public void unencrypted() {
		Database.encryptForTestsOnly = false;
	}

	@AfterEach
	public void encryptedAgain() {
		Database.encryptForTestsOnly = true;
	}

	@Test
	public void dueIdentitiesAreErasedAndLeaveTheFiles() throws Exception {
		Association a = association();
		try (JdbcStore store = DerbyEngine.open(data, Fixtures.KEY)) {
			store.createAssociation(a);
			Project first = a.getProjects().get(0);
			Project second = a.getProjects().get(1);
			List<byte[]> traces = traces(store, "OLD-1");
			traces.addAll(traces(store, "OPEN-1"));
			store.reclaim(); // everything on disk, so the search below can see it
			for (byte[] trace : traces) {
				assertTrue(inFiles(trace), "the search sees stored values before erasure: " + shown(trace));
			}
			Path backup = store.backup(data.resolve("kopior"));

			List<ErasureCandidate> due = store.dueForErasure(a.getId(), TODAY);
			assertEquals(Set.of("OLD-1", "OPEN-1"), due.stream().map(ErasureCandidate::code).collect(Collectors.toSet()),
					"left 2021, and no exit in a project that ended 2022; not the one who left in 2025");
			ErasureCandidate old = due.stream().filter(d -> d.code().equals("OLD-1")).findFirst().orElseThrow();
			assertEquals(LocalDate.of(2023, 1, 10), old.due(), "two years after her exit");
			assertEquals(2, store.findPerson(KEPT).size(), "before: one person in two insatser");

			Map<String, List<String>> byProject = due.stream().collect(Collectors.groupingBy(ErasureCandidate::projectId,
					Collectors.mapping(ErasureCandidate::participantId, Collectors.toList())));
			assertEquals(2, store.eraseIdentities(a.getId(), byProject, TODAY));
			store.reclaim();
			for (byte[] trace : traces) {
				assertFalse(inFiles(trace), "an erased value is left in " + fileWith(trace) + ": " + shown(trace) + " "
						+ java.util.Arrays.toString(Database.directory(data).resolve("log").toFile().list()));
			}
			assertTrue(store.dueForErasure(a.getId(), TODAY).isEmpty(), "nothing due any more");

			Association again = store.loadAssociation(a.getId());
			Project reloaded = again.getProjects().stream().filter(p -> p.getId().equals(first.getId())).findFirst()
					.orElseThrow();
			store.loadContent(reloaded);
			Participant erased = reloaded.getParticipants().stream().filter(p -> p.getCode().equals("OLD-1"))
					.findFirst().orElseThrow();
			assertNull(erased.getPersonalIdentityNumber());
			assertFalse(erased.getExtraAttributes().containsKey("Namn"), "the personal attribute goes");
			assertEquals("Fagersta", erased.getExtraAttributes().get("Kommun"), "a plain one stays");
			assertEquals("AF", erased.getExitReason(), "outcomes stay");
			assertEquals(1985, erased.getBirthYear(), "years stay");
			assertEquals(TODAY, erased.getIdentityErased());
			assertTrue(reloaded.getRevision() > first.getRevision(), "an editor holding the old values is stale");
			assertEquals(Set.of(first.getId(), second.getId()),
					store.findPerson(KEPT).stream().map(PersonRecord::projectId).collect(Collectors.toSet()),
					"the one not due is kept in both");

			List<BackupRecord> backups = store.backups();
			assertEquals(1, backups.size());
			assertEquals(backup.toAbsolutePath().toString(), backups.get(0).location());
		}
	}

	@Test
	public void onePersonIsFoundInEveryProjectByPersonnummerOnly() {
		Association a = association();
		try (JdbcStore store = DerbyEngine.open(data, Fixtures.KEY)) {
			store.createAssociation(a);
			List<PersonRecord> found = store.findPerson("900101-0017"); // written another way: the same person
			assertEquals(2, found.size(), "registered in both insatser");
			assertEquals(Set.of("KEEP-1", "KEEP-2"), found.stream().map(PersonRecord::code).collect(Collectors.toSet()));
			assertEquals(a.getName(), found.get(0).associationName());
			assertTrue(store.findPerson("19121212-1212").isEmpty(), "a valid number of no one");
			assertThrows(IllegalArgumentException.class, () -> store.findPerson("19850314-1238"));

			Map<String, List<String>> byProject = found.stream().collect(Collectors.groupingBy(PersonRecord::projectId,
					Collectors.mapping(PersonRecord::participantId, Collectors.toList())));
			assertEquals(2, store.withdrawConsent(a.getId(), byProject, TODAY));
			assertTrue(store.findPerson(KEPT).isEmpty(), "her identity went with her consent");
			Association again = store.loadAssociation(a.getId());
			Project project = again.getProjects().stream().filter(p -> p.getDiarienummer().equals("2019:1")).findFirst()
					.orElseThrow();
			store.loadContent(project);
			Participant withdrawn = project.getParticipants().stream().filter(p -> p.getCode().equals("KEEP-1"))
					.findFirst().orElseThrow();
			assertEquals(TODAY, withdrawn.getConsentWithdrawn());
			assertFalse(withdrawn.isConsent());
			assertNull(withdrawn.getStartMeasurement(), "her health measurements go too");
		}
	}

	@Test
	public void aPersonStoredBeforeSchemaVersion6IsFoundThroughTheKeyItsMigrationFills() throws Exception {
		Association a = association();
		try (JdbcStore store = DerbyEngine.open(data, Fixtures.KEY)) {
			store.createAssociation(a);
			try (Connection c = store.reportingConnection()) {
				c.setReadOnly(false);
				c.setAutoCommit(false);
				try (var s = c.createStatement()) {
					s.executeUpdate("UPDATE PARTICIPANT SET PNR_KEY = NULL"); // as version 5 left the rows
				}
				try (var s = c.prepareStatement("UPDATE PARTICIPANT SET PNR_PSEUDONYM = ? WHERE CODE LIKE 'KEEP-%'")) {
					s.setString(1, store.cipher().pseudonym(se.finsam.model.personal.Personnummer.parse("900101-0017").normalized()));
					s.executeUpdate(); // version 5 wrote her pseudonym; today's rows hold none
				}
				c.commit();
				assertTrue(store.findPerson("900101-0017").isEmpty(), "found only through the key");
				ParticipantDao.fillPnrKeys(c);
				c.commit();
			}
			assertEquals(Set.of("KEEP-1", "KEEP-2"),
					store.findPerson("900101-0017").stream().map(PersonRecord::code).collect(Collectors.toSet()));
		}
	}

	/**
	 * Schema version 9 moves a participant's id and sealed personnummer from text into bytes: a person stored
	 * before it is found through her key and read back as she was, and nothing of the text forms is left.
	 */
	@Test
	public void aPersonStoredBeforeSchemaVersion9IsFoundAndReadBackFromHerBytes() throws Exception {
		OlderStores.create(data, Fixtures.KEY, 8, "INSERT INTO ASSOCIATION (ID, NAME, ORG_NUMBER, REVISION) VALUES "
				+ "('a1', 'Samordningsförbundet Gamla', '222000-0968', 1)",
				"INSERT INTO PARTY VALUES ('p1', 'a1', 0, 'KOMMUN', 'Heby kommun', 100)",
				"INSERT INTO PROJECT (ID, ASSOCIATION_ID, DIARIENUMMER, NAME, KIND, OWNER_ID, GRANTED_START, "
						+ "GRANTED_END, REVISION) VALUES ('pr1', 'a1', '2014:35', 'Heby', 'longTermCooperation', 'p1', "
						+ "DATE('2016-01-01'), DATE('2016-12-31'), 1)");
		PersonalDataCipher cipher = new PersonalDataCipher(Fixtures.KEY.forStore(data));
		String normalized = se.finsam.model.personal.Personnummer.parse(KEPT).normalized();
		OlderStores.create(data, Fixtures.KEY, 8, "INSERT INTO PARTICIPANT (PROJECT_NO, POS, ASSOCIATION_NO, ID, "
				+ "CODE, PNR_CIPHER, PNR_KEY, GENDER, CONSENT, ROW_HASH, HAS_IDENTITY) SELECT P.NUM, 0, A.NUM, "
				+ "'0f0e0d0c-aaaa-bbbb-cccc-0123456789ab', 'H-001', '" + cipher.encrypt(normalized) + "', "
				+ cipher.pseudonymKey(normalized) + ", 'female', TRUE, 0, TRUE FROM PROJECT P, ASSOCIATION A "
				+ "WHERE P.ID = 'pr1' AND A.ID = 'a1'");
		try (JdbcStore store = DerbyEngine.open(data, Fixtures.KEY)) {
			assertEquals(9, store.schemaVersion());
			List<PersonRecord> found = store.findPerson(KEPT);
			assertEquals(List.of("0f0e0d0c-aaaa-bbbb-cccc-0123456789ab H-001"),
					found.stream().map(r -> r.participantId() + " " + r.code()).toList());
			Project project = store.loadAssociation("a1").getProjects().get(0);
			store.loadContent(project);
			Participant p = project.getParticipants().get(0);
			assertEquals("0f0e0d0c-aaaa-bbbb-cccc-0123456789ab", p.getId());
			assertEquals(normalized, se.finsam.model.personal.Personnummer.parse(p.getPersonalIdentityNumber())
					.normalized());
		}
		assertEquals(List.of("null null"), OlderStores.query(data, Fixtures.KEY,
				"SELECT COALESCE(ID, 'null') || ' ' || COALESCE(PNR_CIPHER, 'null') FROM PARTICIPANT"));
	}

	/** The stored forms of a participant's identity: personnummer ciphertext, sealed personal values. */
	private static List<byte[]> traces(JdbcStore store, String code) throws Exception {
		List<byte[]> traces = new ArrayList<>();
		try (Connection c = store.reportingConnection();
				PreparedStatement s = c.prepareStatement(
						"SELECT PNR_SEALED, DETAILS_UTF8 FROM PARTICIPANT WHERE CODE = ?")) {
			s.setString(1, code);
			try (ResultSet rs = s.executeQuery()) {
				assertTrue(rs.next(), code);
				traces.add(rs.getBytes(1));
				String details = new String(rs.getBytes(2), java.nio.charset.StandardCharsets.UTF_8);
				String sealed = details.lines().filter(l -> l.startsWith("p.Namn=")).findFirst().orElseThrow();
				traces.add(sealed.substring("p.Namn=".length()).getBytes(StandardCharsets.US_ASCII));
				assertFalse(details.contains("Qwertyson"), "a personal value is sealed: " + details);
			}
		}
		return traces;
	}

	/** Whether the bytes are anywhere in the database's files (data, indexes, log). */
	private boolean inFiles(byte[] value) throws IOException {
		return fileWith(value) != null;
	}

	private static String shown(byte[] value) {
		return java.util.HexFormat.of().formatHex(value);
	}

	private Path fileWith(byte[] needle) throws IOException {
		try (Stream<Path> files = Files.walk(Database.directory(data))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				if (contains(Files.readAllBytes(file), needle)) {
					return file;
				}
			}
		}
		return null;
	}

	private static boolean contains(byte[] hay, byte[] needle) {
		outer: for (int i = 0; i <= hay.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (hay[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	private static Association association() {
		Association a = F.createAssociation();
		a.setName("Samordningsförbundet Gallring");
		AttributeDefinition name = F.createAttributeDefinition();
		name.setName("Namn");
		name.setPersonal(true);
		AttributeDefinition town = F.createAttributeDefinition();
		town.setName("Kommun");
		a.getAttributeDefinitions().addAll(List.of(name, town));
		Project first = project("2019:1", LocalDate.of(2019, 1, 1), LocalDate.of(2022, 12, 31));
		first.getParticipants().add(participant("OLD-1", GONE, LocalDate.of(2021, 1, 10), "Zelda Qwertyson"));
		first.getParticipants().add(participant("OPEN-1", "19700101-0011", null, "Ylva Asdfgson"));
		first.getParticipants().add(participant("KEEP-1", KEPT, LocalDate.of(2025, 6, 1), "Xena Zxcvson"));
		Project second = project("2024:2", LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31));
		second.getParticipants().add(participant("KEEP-2", KEPT, LocalDate.of(2025, 6, 1), "Xena Zxcvson"));
		a.getProjects().addAll(List.of(first, second));
		return a;
	}

	private static Project project(String dnr, LocalDate start, LocalDate end) {
		Project p = F.createProject();
		p.setDiarienummer(dnr);
		p.setName("Insats " + dnr);
		p.setKind(ProjectKind.PROJECT);
		Period granted = F.createPeriod();
		granted.setStart(start);
		granted.setEnd(end);
		p.setGrantedPeriod(granted);
		p.setContentLoaded(true);
		return p;
	}

	private static Participant participant(String code, String pnr, LocalDate exit, String name) {
		Participant p = F.createParticipant();
		p.setCode(code);
		p.setConsent(true);
		p.setPersonalIdentityNumber(pnr);
		p.setGender(Gender.FEMALE);
		p.setBirthYear(Integer.valueOf(pnr.substring(0, 4)));
		p.setEnrolmentDate(LocalDate.of(2020, 3, 1));
		p.setExitDate(exit);
		if (exit != null) {
			p.setExitReason("AF");
		}
		p.setStartMeasurement(F.createMeasurement());
		p.getStartMeasurement().setEq5dVas(55);
		p.getExtraAttributes().put("Namn", name);
		p.getExtraAttributes().put("Kommun", "Fagersta");
		return p;
	}
}
