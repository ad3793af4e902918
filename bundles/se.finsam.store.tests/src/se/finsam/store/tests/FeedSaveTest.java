package se.finsam.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.core.Formats;
import se.finsam.model.Association;
import se.finsam.model.Participant;
import se.finsam.model.Project;
import se.finsam.store.InvalidDataException;
import se.finsam.store.ParticipantFeed;
import se.finsam.store.Store;
import se.finsam.store.StoreException;

/** {@link Store#saveProject(Project, ParticipantFeed)}: participants appended as they come, all or nothing. */
public class FeedSaveTest {

	@TempDir
	Path data;
	private Store store;
	private Association association;

	/** The store under test; {@link PostgresFeedSaveTest} runs the same tests on a team server. */
	protected Store openStore() {
		return Fixture.open(data);
	}

	@BeforeEach
	public void open() {
		store = openStore();
		association = Fixture.demo(40);
		store.createAssociation(association);
	}

	@AfterEach
	public void close() {
		store.close();
	}

	@Test
	public void batchesAreAppendedInOrderAndChangesToExistingOnesSaved() {
		Project project = fresh();
		int before = project.getParticipants().size();
		List<Participant> added = newParticipants(project, 2500);
		Participant existing = project.getParticipants().stream().filter(Participant::isConsent).findFirst()
				.orElseThrow();
		int index = project.getParticipants().indexOf(existing);
		Deque<List<Participant>> batches = batches(added, 1000);
		Thread saving = Thread.currentThread();
		List<String> seen = new ArrayList<>();
		store.saveProject(project, () -> {
			// asked a batch ahead on a thread of the store's, once the batch before is in the project
			seen.add((Thread.currentThread() != saving) + " " + project.getParticipants().size());
			if (batches.isEmpty()) {
				existing.setBirthYear(1970); // an update among those stored before, in the same transaction
				return null;
			}
			return batches.poll();
		});
		assertEquals(before + 2500, project.getParticipants().size());
		assertEquals(List.of("true " + before, "true " + (before + 1000), "true " + (before + 2000),
				"true " + (before + 2500)), seen);
		Project loaded = fresh();
		assertEquals(before + 2500, loaded.getParticipants().size());
		assertEquals(added.get(0).getCode(), loaded.getParticipants().get(before).getCode());
		assertEquals(added.get(2499).getCode(), loaded.getParticipants().get(before + 2499).getCode());
		assertEquals(1970, loaded.getParticipants().get(index).getBirthYear());
		assertTrue(Fixture.sameContent(project.getParticipants().get(before + 1234), loaded.getParticipants().get(
				before + 1234)), "stored as given");
		store.saveProject(project); // the revision moved on with the save: no stale refusal now
	}

	@Test
	public void whenTheFeedFailsNothingIsStoredAndTheProjectIsAsBefore() {
		Project project = fresh();
		int before = project.getParticipants().size();
		Deque<List<Participant>> batches = batches(newParticipants(project, 2500), 1000);
		IllegalStateException stop = new IllegalStateException("avbruten");
		IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> store.saveProject(project, () -> {
			if (batches.size() == 1) {
				throw stop; // after two batches were written
			}
			return batches.poll();
		}));
		assertSame(stop, thrown, "the feed's own exception");
		assertEquals(before, project.getParticipants().size(), "the delivered ones taken off again");
		assertEquals(before, fresh().getParticipants().size(), "rolled back");
	}

	@Test
	public void anInvalidOrClashingParticipantIsRefusedWithNothingStored() {
		Project project = fresh();
		int before = project.getParticipants().size();
		List<Participant> added = newParticipants(project, 1500);
		added.get(1400).setEnrolmentDate(java.time.LocalDate.of(2024, 5, 1));
		added.get(1400).setExitDate(java.time.LocalDate.of(2024, 4, 1)); // before the enrolment
		Deque<List<Participant>> batches = batches(added, 1000);
		assertThrows(InvalidDataException.class, () -> store.saveProject(project, batches::poll));
		assertEquals(before, fresh().getParticipants().size());

		Project other = association.getProjects().get(1);
		store.loadContent(other);
		Participant clash = newParticipants(project, 1).get(0);
		clash.setCode(other.getParticipants().get(0).getCode());
		Deque<List<Participant>> one = batches(List.of(clash), 1);
		Project again = fresh();
		StoreException e = assertThrows(StoreException.class, () -> store.saveProject(again, one::poll));
		assertTrue(e.getMessage().contains(clash.getCode()), e.getMessage());
		assertEquals(before, fresh().getParticipants().size());
	}

	/**
	 * The fed batches are checked while the save writes, the project and its earlier participants at the end: an
	 * error in either place, or a code given twice in different batches, refuses the whole save.
	 */
	@Test
	public void everyRuleIsCheckedWhereverTheErrorIs() {
		Project project = fresh();
		int before = project.getParticipants().size();
		List<Participant> added = newParticipants(project, 2500);
		added.get(2300).setEnrolmentDate(java.time.LocalDate.of(2024, 5, 1));
		added.get(2300).setExitDate(java.time.LocalDate.of(2024, 4, 1));
		Deque<List<Participant>> batches = batches(added, 1000);
		InvalidDataException late = assertThrows(InvalidDataException.class,
				() -> store.saveProject(project, batches::poll));
		assertTrue(late.getMessage().contains("FEED-2300"), late.getMessage());
		assertEquals(before, fresh().getParticipants().size());

		Project edited = fresh();
		Participant existing = edited.getParticipants().get(3);
		java.time.LocalDate exitBefore = existing.getExitDate();
		Deque<List<Participant>> valid = batches(newParticipants(edited, 1500), 1000);
		InvalidDataException earlier = assertThrows(InvalidDataException.class, () -> store.saveProject(edited, () -> {
			// an import updates the participants it finds while it delivers the new ones
			existing.setEnrolmentDate(java.time.LocalDate.of(2024, 5, 1));
			existing.setExitDate(java.time.LocalDate.of(2024, 4, 1));
			return valid.poll();
		}));
		assertTrue(earlier.getMessage().contains(existing.getCode()), earlier.getMessage());
		assertEquals(before, fresh().getParticipants().size());
		assertEquals(exitBefore, fresh().getParticipants().get(3).getExitDate(), "the earlier one as it was");

		List<Participant> twice = newParticipants(project, 2500);
		twice.get(2200).setCode(twice.get(5).getCode());
		Deque<List<Participant>> clashing = batches(twice, 1000);
		InvalidDataException duplicate = assertThrows(InvalidDataException.class,
				() -> store.saveProject(fresh(), clashing::poll));
		assertTrue(duplicate.getMessage().contains(twice.get(5).getCode()), duplicate.getMessage());
		assertEquals(before, fresh().getParticipants().size());
	}

	/**
	 * Into a store whose participant table is empty Derby loads in bulk (a new heap, the indexes sorted after): a
	 * failing feed, a clashing code found only when the unique index is built, and a load that succeeds.
	 */
	@Test
	public void aFirstLoadIntoAnEmptyStoreIsAllOrNothing() {
		Project project = fresh();
		List<Participant> added = newParticipants(project, 6000);
		emptyAllProjects();
		project = fresh();
		IllegalStateException stop = new IllegalStateException("avbruten");
		Deque<List<Participant>> failing = batches(added, 1000);
		Project first = project;
		assertSame(stop, assertThrows(IllegalStateException.class, () -> store.saveProject(first, () -> {
			if (failing.size() == 2) {
				throw stop;
			}
			return failing.poll();
		})));
		assertEquals(0, first.getParticipants().size());
		assertEquals(0, fresh().getParticipants().size(), "rolled back");

		List<Participant> clashing = new ArrayList<>(EcoreUtil.copyAll(added));
		clashing.get(5500).setCode(clashing.get(10).getCode());
		Project second = fresh();
		StoreException e = assertThrows(StoreException.class, () -> store.saveProject(second, batches(clashing,
				1000)::poll));
		assertTrue(e.getMessage().contains(clashing.get(10).getCode()), e.getMessage());
		assertEquals(0, fresh().getParticipants().size());

		Project third = fresh();
		store.saveProject(third, batches(added, 1000)::poll);
		Project loaded = fresh();
		assertEquals(6000, loaded.getParticipants().size());
		for (int i : new int[] { 0, 2999, 5999 }) {
			assertTrue(Fixture.sameContent(added.get(i), loaded.getParticipants().get(i)), "stored as given: " + i);
		}
		loaded.getParticipants().get(4000).setBirthYear(1971);
		store.saveProject(loaded); // a row update after the bulk load, through statements compiled before it
		assertEquals(1971, fresh().getParticipants().get(4000).getBirthYear());
	}

	/**
	 * A value longer than its column is refused in a bulk load as in a row-by-row save, never cut to fit (Derby cuts
	 * a table function's text to the width the function declares without a word): a code by the model's rules, the
	 * participant's other texts together (DETAILS) when they are sealed, both naming the participant.
	 */
	@Test
	public void aValueTooLongForItsColumnIsRefusedInABulkLoadNotCut() throws Exception {
		Project project = fresh();
		List<Participant> added = newParticipants(project, 6000);
		emptyAllProjects();
		added.get(4321).setCode("FEED-4321-" + "x".repeat(60)); // CODE is VARCHAR(60)
		InvalidDataException invalid = assertThrows(InvalidDataException.class, () -> store.saveProject(fresh(),
				batches(added, 1000)::poll));
		assertTrue(invalid.getMessage().contains("deltagarkoden har 70 tecken"), invalid.getMessage());
		assertEquals(0, fresh().getParticipants().size(), "nothing stored");

		added.get(4321).setCode("FEED-4321");
		// DETAILS: 32 672 bytes of UTF-8 in Derby, unlimited elsewhere; 16 511 characters, two bytes each but 11
		String remark = "Anteckning " + "å".repeat(16_500);
		added.get(5432).getExtraAttributes().put("Anteckning", remark);
		if (participantHeap() >= 0) {
			StoreException e = assertThrows(StoreException.class, () -> store.saveProject(fresh(), batches(added,
					1000)::poll));
			assertTrue(e.getMessage().contains("deltagare FEED-5432 har extra uppgifter och enkätsvar på sammanlagt")
					&& e.getMessage().contains(" byte (å, ä och ö tar två var); databasen rymmer "
							+ Formats.count(32_672)), e.getMessage());
			assertEquals(0, fresh().getParticipants().size(), "nothing stored");
		} else {
			store.saveProject(fresh(), batches(added, 1000)::poll);
			assertEquals(remark, fresh().getParticipants().get(5432).getExtraAttributes().get("Anteckning"),
					"stored whole where the column holds it");
		}
	}

	/**
	 * Replacing or deleting the participants of a project that holds every row, many of them (Derby then truncates
	 * the table instead of deleting row by row): a replacement that fails after the table was emptied leaves every
	 * row as it was; one that succeeds keeps only the new ones; a deleted project leaves the store working.
	 */
	@Test
	public void replacingOrDeletingTheOnlyProjectsManyParticipantsIsAllOrNothing() throws Exception {
		List<Participant> first = newParticipants(fresh(), 6000);
		emptyAllProjects();
		Project project = fresh();
		project.getParticipants().addAll(first);
		store.saveProject(project);
		long heap = participantHeap();

		List<Participant> replacement = newParticipants(fresh(), 5500); // the same codes, new participants
		if (heap >= 0) { // Derby: refused by the load after the table was emptied (DETAILS holds 32 672 characters)
			replacement.get(5000).getExtraAttributes().put("Anteckning", "y".repeat(33_000));
			Project refused = fresh();
			refused.getParticipants().clear();
			refused.getParticipants().addAll(EcoreUtil.copyAll(replacement));
			StoreException e = assertThrows(StoreException.class, () -> store.saveProject(refused));
			assertTrue(e.getMessage().contains("deltagare FEED-5000"), e.getMessage());
			assertEquals(heap, participantHeap(), "the emptied table rolled back");
			Project back = fresh();
			assertEquals(6000, back.getParticipants().size());
			for (int i : new int[] { 0, 3000, 5999 }) {
				assertTrue(Fixture.sameContent(first.get(i), back.getParticipants().get(i)), "as it was: " + i);
			}
			replacement.get(5000).getExtraAttributes().remove("Anteckning");
		}
		Project replaced = fresh();
		replaced.getParticipants().clear();
		replaced.getParticipants().addAll(replacement);
		store.saveProject(replaced);
		Project loaded = fresh();
		assertEquals(5500, loaded.getParticipants().size());
		for (int i : new int[] { 0, 2750, 5499 }) {
			assertTrue(Fixture.sameContent(replacement.get(i), loaded.getParticipants().get(i)), "replaced: " + i);
		}

		int projects = store.loadAssociation(association.getId()).getProjects().size();
		store.deleteProject(loaded);
		List<Project> left = store.loadAssociation(association.getId()).getProjects();
		assertEquals(projects - 1, left.size());
		Project other = left.get(0);
		store.loadContent(other);
		other.getParticipants().addAll(newParticipants(loaded, 5000));
		store.saveProject(other);
		Project otherLoaded = store.loadAssociation(association.getId()).getProjects().get(0);
		store.loadContent(otherLoaded);
		assertEquals(5000, otherLoaded.getParticipants().size(), "the emptied table takes new rows");
	}

	/** A save (no feed) of many participants into an empty store: the same bulk load. */
	@Test
	public void aLargeSaveIntoAnEmptyStoreKeepsEveryParticipant() {
		Project project = fresh();
		List<Participant> added = newParticipants(project, 7000);
		emptyAllProjects();
		project = fresh();
		project.getParticipants().addAll(added);
		store.saveProject(project);
		Project loaded = fresh();
		assertEquals(7000, loaded.getParticipants().size());
		assertTrue(Fixture.sameContent(added.get(6999), loaded.getParticipants().get(6999)));
		assertEquals(added.get(3500).getCode(), loaded.getParticipants().get(3500).getCode());
	}

	/**
	 * Into a store holding few participants Derby loads in bulk too: the table is replaced by its rows and the new
	 * ones, in the transaction. The other projects' participants (personnummer and details included) and the
	 * project's own earlier ones come back as they were, after a failed load (a clash found when the unique index is
	 * built) as after one that succeeds.
	 */
	@Test
	public void aLoadBesideFewStoredParticipantsKeepsThemAsTheyWere() throws Exception {
		List<Project> others = store.loadAssociation(association.getId()).getProjects();
		others.forEach(store::loadContent);
		int stored = others.stream().mapToInt(p -> p.getParticipants().size()).sum();
		assertTrue(stored >= 20 && stored < 2000, "a few stored: " + stored);
		assertTrue(others.stream().flatMap(p -> p.getParticipants().stream())
				.anyMatch(p -> p.getPersonalIdentityNumber() != null), "with personnummer");
		Project project = fresh();
		int before = project.getParticipants().size();
		List<Participant> added = newParticipants(project, 6000);
		long heap = participantHeap();

		List<Participant> clashing = new ArrayList<>(EcoreUtil.copyAll(added));
		clashing.get(5500).setCode(others.get(2).getParticipants().get(0).getCode());
		StoreException e = assertThrows(StoreException.class,
				() -> store.saveProject(fresh(), batches(clashing, 1000)::poll));
		assertTrue(e.getMessage().contains(clashing.get(5500).getCode()), e.getMessage());
		assertEquals(heap, participantHeap(), "the replaced table rolled back");
		assertStored(others, 0);

		Project project2 = fresh();
		store.saveProject(project2, batches(added, 1000)::poll);
		if (heap >= 0) {
			assertTrue(participantHeap() != heap, "loaded into a new heap: Derby replaced the table");
		}
		assertStored(others, 6000);
		Project loaded = fresh();
		for (int i : new int[] { 0, 2999, 5999 }) {
			assertTrue(Fixture.sameContent(added.get(i), loaded.getParticipants().get(before + i)), "new one " + i);
		}
		loaded.getParticipants().get(1).setBirthYear(1969);
		store.saveProject(loaded); // a row update after the replacement, through statements compiled before it
		assertEquals(1969, fresh().getParticipants().get(1).getBirthYear());
	}

	/** Every project's participants as in {@code expected}, the first project's followed by {@code added} more. */
	private void assertStored(List<Project> expected, int added) {
		List<Project> now = store.loadAssociation(association.getId()).getProjects();
		for (int i = 0; i < expected.size(); i++) {
			Project p = now.get(i);
			store.loadContent(p);
			List<Participant> want = expected.get(i).getParticipants();
			assertEquals(want.size() + (i == 0 ? added : 0), p.getParticipants().size(), p.getName());
			for (int k = 0; k < want.size(); k++) {
				assertTrue(Fixture.sameContent(want.get(k), p.getParticipants().get(k)),
						p.getName() + ": participant " + k + " as it was");
			}
		}
	}

	/** The conglomerate number of the participant table's heap in Derby; -1 on another engine. */
	private long participantHeap() throws java.sql.SQLException {
		try (java.sql.Connection c = store.reportingConnection()) {
			if (!c.getMetaData().getDatabaseProductName().contains("Derby")) {
				return -1;
			}
			try (java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT C.CONGLOMERATENUMBER FROM "
					+ "SYS.SYSCONGLOMERATES C JOIN SYS.SYSTABLES T ON T.TABLEID = C.TABLEID "
					+ "WHERE T.TABLENAME = 'PARTICIPANT' AND C.ISINDEX = FALSE")) {
				assertTrue(rs.next());
				return rs.getLong(1);
			}
		}
	}

	private void emptyAllProjects() {
		for (Project p : store.loadAssociation(association.getId()).getProjects()) {
			store.loadContent(p);
			p.getParticipants().clear();
			store.saveProject(p);
		}
	}

	private Project fresh() {
		Project p = store.loadAssociation(association.getId()).getProjects().get(0);
		store.loadContent(p);
		return p;
	}

	/** Copies of the project's participants, new codes, no ids, no personnummer. */
	private static List<Participant> newParticipants(Project project, int n) {
		List<Participant> list = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Participant p = EcoreUtil.copy(project.getParticipants().get(i % project.getParticipants().size()));
			p.setId(null);
			p.setCode("FEED-" + i);
			p.setPersonalIdentityNumber(null);
			list.add(p);
		}
		return list;
	}

	private static Deque<List<Participant>> batches(List<Participant> all, int size) {
		Deque<List<Participant>> batches = new ArrayDeque<>();
		for (int from = 0; from < all.size(); from += size) {
			batches.add(all.subList(from, Math.min(all.size(), from + size)));
		}
		return batches;
	}
}
