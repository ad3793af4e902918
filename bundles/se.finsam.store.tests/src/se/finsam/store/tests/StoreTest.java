package se.finsam.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.model.Association;
import se.finsam.model.Participant;
import se.finsam.model.Project;
import se.finsam.store.InvalidDataException;
import se.finsam.store.LoadCancelledException;
import se.finsam.store.LoadProgress;
import se.finsam.store.OutcomeCount;
import se.finsam.store.ProjectSummary;
import se.finsam.store.StaleDataException;
import se.finsam.store.Store;
import se.finsam.store.StoreException;

/** The repository on real, encrypted Derby in a temporary directory. */
public class StoreTest {

	@TempDir
	Path data;

	/** The store under test; {@link PostgresStoreTest} runs the same tests on a team server. */
	protected Store open() {
		return Fixture.open(data);
	}

	/**
	 * A save writes again only the child rows that changed since the project was loaded or last saved: an edit of
	 * the budget, a goal or a report is stored, so is an edit back to what was loaded, and a save that changed none
	 * of them leaves them as they were.
	 */
	@Test
	public void aSaveStoresEveryChangeOfTheChildRowsAndOnlyThose() {
		Association original = Fixture.demo(40);
		try (Store store = open()) {
			store.createAssociation(EcoreUtil.copy(original));
		}
		try (Store store = open()) {
			Project p = store.loadAssociation(original.getId()).getProjects().get(0);
			store.loadContent(p);
			se.finsam.model.BudgetAmount amount = p.getBudget().getLines().get(0).getAmounts().get(0);
			java.math.BigDecimal before = amount.getBudget();
			p.setName("Bara namnet");
			store.saveProject(p);
			assertEquals(before, reloaded(store, p).getBudget().getLines().get(0).getAmounts().get(0).getBudget());

			amount.setBudget(new java.math.BigDecimal("123457"));
			store.saveProject(p);
			assertEquals(0, new java.math.BigDecimal("123457").compareTo(reloaded(store, p).getBudget().getLines()
					.get(0).getAmounts().get(0).getBudget()));
			amount.setBudget(before);
			store.saveProject(p);
			assertEquals(0, before.compareTo(reloaded(store, p).getBudget().getLines().get(0).getAmounts().get(0)
					.getBudget()), "back to what was loaded: stored too");

			se.finsam.model.Goal goal = se.finsam.model.FinsamFactory.eINSTANCE.createGoal();
			goal.setDescription("Ett nytt mål");
			p.getGoals().add(goal);
			store.saveProject(p);
			assertEquals("Ett nytt mål", reloaded(store, p).getGoals().get(p.getGoals().size() - 1).getDescription());
			p.getGoals().remove(goal);
			store.saveProject(p);
			assertEquals(p.getGoals().size(), reloaded(store, p).getGoals().size());

			// A second copy of the project, saved by someone else: the first one's save is stale and writes nothing.
			Project other = reloaded(store, p);
			other.getBudget().getLines().get(0).getAmounts().get(0).setBudget(new java.math.BigDecimal("999"));
			store.saveProject(other);
			amount.setBudget(new java.math.BigDecimal("555"));
			assertThrows(se.finsam.store.StaleDataException.class, () -> store.saveProject(p));
			assertEquals(0, new java.math.BigDecimal("999").compareTo(reloaded(store, p).getBudget().getLines()
					.get(0).getAmounts().get(0).getBudget()));
			p.setName("Bara namnet igen");
			Project fresh = reloaded(store, p);
			fresh.setName("Bara namnet igen");
			store.saveProject(fresh);
			assertEquals(0, new java.math.BigDecimal("999").compareTo(reloaded(store, p).getBudget().getLines()
					.get(0).getAmounts().get(0).getBudget()), "an unchanged budget stays as stored");
		}
	}

	private static Project reloaded(Store store, Project p) {
		Project again = store.loadAssociation(((se.finsam.model.Association) p.eContainer()).getId()).getProjects()
				.stream().filter(x -> x.getId().equals(p.getId())).findFirst().orElseThrow();
		store.loadContent(again);
		return again;
	}

	@Test
	public void everythingComesBackAsSaved() {
		Association original = Fixture.demo(300);
		Association copy = EcoreUtil.copy(original);
		try (Store store = open()) {
			store.createAssociation(copy);
		}
		try (Store store = open()) {
			assertEquals(original.getName(), store.associations().get(0).name());
			Association loaded = store.loadAssociation(original.getId());
			assertEquals(original.getProjects().size(), loaded.getProjects().size());
			for (Project project : loaded.getProjects()) {
				assertFalse(project.isContentLoaded());
				assertTrue(project.getParticipants().isEmpty(), "content is loaded on demand");
				store.loadContent(project);
			}
			loaded.setRevision(0);
			loaded.getProjects().forEach(p -> p.setRevision(0));
			assertTrue(Fixture.sameContent(original, loaded), "the association differs after a round trip");
		}
	}

	@Test
	public void listsProjectsAndOutcomes() {
		Association a = Fixture.demo(300);
		try (Store store = open()) {
			store.createAssociation(a);
			List<ProjectSummary> projects = store.projects(a.getId());
			assertEquals(a.getProjects().size(), projects.size());
			ProjectSummary first = store.findProject(a.getId(), a.getProjects().get(1).getDiarienummer()).orElseThrow();
			assertEquals(a.getProjects().get(1).getParticipants().size(), first.participants());
			long exited = a.getProjects().stream().flatMap(p -> p.getParticipants().stream())
					.filter(p -> p.getExitDate() != null).count();
			assertEquals(exited, store.outcomesByExitReasonAndGender(a.getId()).stream()
					.mapToLong(OutcomeCount::participants).sum());
		}
	}

	@Test
	public void aStaleSaveIsRefusedAndNothingIsOverwritten() {
		Association a = Fixture.demo(50);
		try (Store store = open()) {
			store.createAssociation(a);
			Project mine = store.loadAssociation(a.getId()).getProjects().get(0);
			Project theirs = store.loadAssociation(a.getId()).getProjects().get(0);
			theirs.setName("Deras namn");
			store.saveProject(theirs);
			mine.setName("Mitt namn");
			StaleDataException e = assertThrows(StaleDataException.class, () -> store.saveProject(mine));
			// "någon annan har sparat" here; a team server names who (TeamRolesTest)
			assertTrue(e.getMessage().startsWith("Inte sparat: ") && e.getMessage().contains("sparat insatsen "
					+ mine.getDiarienummer()) || e.getMessage().contains("sparade insatsen " + mine.getDiarienummer()),
					e.getMessage());
			assertEquals("Deras namn", store.loadAssociation(a.getId()).getProjects().get(0).getName());
		}
	}

	@Test
	public void contentLoadsPageByPageAndACancelledLoadLeavesNothing() {
		Association a = Fixture.demo(50);
		try (Store store = open()) {
			store.createAssociation(a);
			Project project = store.loadAssociation(a.getId()).getProjects().get(1);
			int total = a.getProjects().get(1).getParticipants().size();
			List<String> reports = new java.util.ArrayList<>();
			LoadCancelledException e = assertThrows(LoadCancelledException.class,
					() -> store.loadContent(project, progress(5, (rows, all) -> {
						reports.add(rows + "/" + all);
						return rows < 10;
					})));
			assertEquals(List.of("5/" + total, "10/" + total), reports);
			assertTrue(e.getMessage().contains(project.getDiarienummer()), e.getMessage());
			assertFalse(project.isContentLoaded());
			assertTrue(project.getParticipants().isEmpty(), "nothing half-loaded");

			reports.clear();
			store.loadContent(project, progress(5, (rows, all) -> reports.add(rows + "/" + all)));
			assertTrue(project.isContentLoaded());
			assertEquals(total, project.getParticipants().size());
			assertEquals(total / 5 + 1, reports.size(), "one report per page and one at the end: " + reports);
			assertEquals(total + "/" + total, reports.get(reports.size() - 1));
		}
	}

	private static LoadProgress progress(int pageRows, java.util.function.BiPredicate<Integer, Integer> onPage) {
		return new LoadProgress() {
			@Override
			public int pageRows() {
				return pageRows;
			}

			@Override
			public boolean loaded(int rows, int total) {
				return onPage.test(rows, total);
			}
		};
	}

	@Test
	public void invalidDataIsNeverSaved() {
		Association a = Fixture.demo(50);
		try (Store store = open()) {
			store.createAssociation(a);
			Project project = store.loadAssociation(a.getId()).getProjects().get(1);
			store.loadContent(project);
			int before = project.getParticipants().size();
			project.setName("Nytt namn");
			Participant broken = project.getParticipants().get(0);
			broken.setEnrolmentDate(LocalDate.of(2020, 5, 1));
			broken.setExitDate(LocalDate.of(2020, 1, 1));
			broken.setConsent(true);
			InvalidDataException e = assertThrows(InvalidDataException.class, () -> store.saveProject(project));
			assertTrue(e.getMessage().contains("avslutsdatumet 2020-01-01 är före inskrivningsdatumet 2020-05-01"),
					e.getMessage());
			Project stored = store.loadAssociation(a.getId()).getProjects().get(1);
			assertFalse("Nytt namn".equals(stored.getName()));
			store.loadContent(stored);
			assertEquals(before, stored.getParticipants().size());
		}
	}

	/** Saving the förbund's own fields checks them, not participants it does not save (issue 16). */
	@Test
	public void theAssociationSavesBesideAParticipantBeingEditedAndStillRefusesItsOwnErrors() {
		Association a = Fixture.demo(50);
		try (Store store = open()) {
			store.createAssociation(a);
			Association loaded = store.loadAssociation(a.getId());
			Project project = loaded.getProjects().get(1);
			store.loadContent(project);
			Participant editing = project.getParticipants().get(0);
			editing.setEnrolmentDate(LocalDate.of(2020, 5, 1));
			editing.setExitDate(LocalDate.of(2020, 1, 1)); // not saved yet: the editor shows the problem
			loaded.setName("Samordningsförbundet Nytt namn");
			store.saveAssociation(loaded);
			assertEquals("Samordningsförbundet Nytt namn", store.loadAssociation(a.getId()).getName());
			assertThrows(InvalidDataException.class, () -> store.saveProject(project), "the participant's own save");

			loaded.setName(" ");
			InvalidDataException e = assertThrows(InvalidDataException.class, () -> store.saveAssociation(loaded));
			assertTrue(e.getMessage().contains("namn"), e.getMessage());
			assertEquals("Samordningsförbundet Nytt namn", store.loadAssociation(a.getId()).getName());
		}
	}

	@Test
	public void aSaveIsAllOrNothing() {
		Association a = Fixture.demo(60);
		try (Store store = open()) {
			store.createAssociation(a);
			Association loaded = store.loadAssociation(a.getId());
			Project first = loaded.getProjects().get(1);
			Project second = loaded.getProjects().get(2);
			store.loadContent(first);
			store.loadContent(second);
			String takenCode = first.getParticipants().get(0).getCode();
			second.setName("Ändrat men inte sparat");
			Participant added = se.finsam.model.FinsamFactory.eINSTANCE.createParticipant();
			added.setCode(takenCode);
			added.setConsent(true);
			second.getParticipants().add(added);
			StoreException e = assertThrows(StoreException.class, () -> store.saveProject(second));
			assertEquals("Inte sparat: deltagarkoden " + takenCode + " används redan i insatsen "
					+ first.getDiarienummer() + ".", e.getMessage());
			Project stored = store.loadAssociation(a.getId()).getProjects().get(2);
			assertFalse(stored.getName().equals("Ändrat men inte sparat"), "the header was saved without the rest");
		}
	}

	@Test
	public void viewsForReportDesignersNeverShowThePersonnummer() throws Exception {
		Association a = Fixture.demo(200);
		try (Store store = open(); Connection c = store.reportingConnection()) {
			store.createAssociation(a);
			for (String view : List.of("V_PROJECT", "V_PARTICIPANT", "V_BUDGET_YEAR", "V_OUTCOME")) {
				try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + view)) {
					assertTrue(rs.next(), view + " is empty");
					for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
						assertFalse(rs.getMetaData().getColumnName(i).startsWith("PNR"), view + " shows PNR");
					}
				}
			}
			try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
					"SELECT SUM(PARTICIPANTS) FROM V_OUTCOME WHERE POSITIVE_EXIT")) {
				rs.next();
				assertTrue(rs.getLong(1) > 0);
			}
			try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
					"SELECT SUM(REMAINING) FROM V_BUDGET_YEAR")) {
				rs.next();
				assertTrue(rs.getBigDecimal(1) != null);
			}
		}
	}

	@Test
	public void incrementalSavesKeepTheListExact() {
		Association a = Fixture.demo(300);
		try (Store store = open()) {
			store.createAssociation(a);
			Project p = store.loadAssociation(a.getId()).getProjects().get(1);
			store.loadContent(p);
			// In place: a changed field; two codes swapped between kept rows.
			p.getParticipants().get(3).setBirthYear(1977);
			String code5 = p.getParticipants().get(5).getCode();
			p.getParticipants().get(5).setCode(p.getParticipants().get(6).getCode());
			p.getParticipants().get(6).setCode(code5);
			store.saveProject(p);
			assertSameAsStored(store, a.getId(), p);
			// A removal in the middle, an addition at the end, a move.
			p.getParticipants().remove(40);
			Participant added = se.finsam.model.FinsamFactory.eINSTANCE.createParticipant();
			added.setCode("NY-0001");
			added.setConsent(true);
			p.getParticipants().add(added);
			p.getParticipants().move(0, 10);
			store.saveProject(p);
			assertSameAsStored(store, a.getId(), p);
			// Everything gone.
			p.getParticipants().clear();
			store.saveProject(p);
			assertSameAsStored(store, a.getId(), p);
		}
	}

	private static void assertSameAsStored(Store store, String associationId, Project expected) {
		Project stored = store.loadAssociation(associationId).getProjects().stream()
				.filter(x -> x.getId().equals(expected.getId())).findFirst().orElseThrow();
		store.loadContent(stored);
		assertEquals(expected.getParticipants().size(), stored.getParticipants().size());
		for (int i = 0; i < expected.getParticipants().size(); i++) {
			assertTrue(Fixture.sameContent(expected.getParticipants().get(i), stored.getParticipants().get(i)),
					"participant " + i + " differs");
		}
	}

	@Test
	public void schemaVersionIsCurrent() {
		try (Store store = open()) {
			assertEquals(9, store.schemaVersion());
		}
	}

	/** A reveal is recorded with who, when, whose (the code) and why, and never the number. */
	@Test
	public void auditEntriesAreKeptInOrder() {
		try (Store store = open()) {
			java.time.Instant at = java.time.Instant.parse("2026-11-23T09:15:00Z");
			store.record(new se.finsam.store.AuditEntry(at, "eva", se.finsam.store.AuditEntry.REVEAL_PERSONNUMMER,
					"p1", "MB-0001", "Kontroll mot Försäkringskassan"));
			store.record(new se.finsam.store.AuditEntry(at.plusSeconds(60), "eva",
					se.finsam.store.AuditEntry.REVEAL_PERSONNUMMER, "p1", "MB-0002", "Rättelse"));
		}
		try (Store store = open()) {
			var log = store.auditLog();
			assertEquals(List.of("MB-0001", "MB-0002"), log.stream().map(se.finsam.store.AuditEntry::subject).toList());
			assertEquals("Kontroll mot Försäkringskassan", log.get(0).reason());
			assertEquals(java.time.Instant.parse("2026-11-23T09:15:00Z"), log.get(0).at());
		}
	}

	/** The example förbund is marked, keeps its own diarienummer format, and goes with everything it holds. */
	@Test
	public void anExampleAssociationIsMarkedAndRemovedWhole() {
		Association example = Fixture.demo(80);
		example.setDiarienummerFormat("ÅÅÅÅ:N");
		Association real = se.finsam.model.FinsamFactory.eINSTANCE.createAssociation();
		real.setName("Samordningsförbundet Riktiga");
		real.setDiarienummerFormat("Dnr ÅÅÅÅ/N");
		try (Store store = open()) {
			store.createAssociation(example);
			store.createAssociation(real);
			Association loaded = store.loadAssociation(example.getId());
			assertTrue(loaded.isExample(), "the demo is example data");
			assertEquals("ÅÅÅÅ:N", loaded.getDiarienummerFormat());
			Association other = store.loadAssociation(real.getId());
			assertFalse(other.isExample());
			other.setDiarienummerFormat("N/ÅÅÅÅ");
			store.saveAssociation(other);
			assertEquals("N/ÅÅÅÅ", store.loadAssociation(real.getId()).getDiarienummerFormat());

			store.deleteAssociation(example.getId());
			assertEquals(List.of(real.getId()), store.associations().stream().map(a -> a.id()).toList());
			assertThrows(se.finsam.store.StoreException.class, () -> store.loadAssociation(example.getId()));
		}
		try (Store store = open(); var c = store.reportingConnection(); var s = c.createStatement();
				var rs = s.executeQuery("SELECT COUNT(*) FROM V_PARTICIPANT")) {
			rs.next();
			assertEquals(0, rs.getLong(1), "no participant of the example is left");
		} catch (java.sql.SQLException e) {
			throw new AssertionError(e);
		}
	}
}
