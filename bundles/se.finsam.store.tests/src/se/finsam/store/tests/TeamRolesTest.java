package se.finsam.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import se.finsam.model.Association;
import se.finsam.model.Project;
import se.finsam.store.ProjectSummary;
import se.finsam.store.ServerAddress;
import se.finsam.store.Store;
import se.finsam.store.StoreException;
import se.finsam.store.TeamRole;
import se.finsam.store.TeamUser;
import se.finsam.store.internal.JdbcStoreService;
import se.finsam.store.internal.PgServerAdministration;

/**
 * The roles of a team server hold on the server: each role's rows through the product and through raw JDBC with
 * the user's own password — what psql would give her — are the same, and no more.
 */
public class TeamRolesTest {

	private static final char[] PASSWORD = "ett långt lösenord 2026".toCharArray();
	private final PgServerAdministration admin = new PgServerAdministration();
	private final JdbcStoreService stores = new JdbcStoreService();
	private ServerAddress server;
	private Association association;
	private Project mine;
	private Project other;

	@BeforeEach
	public void setUp() {
		server = TeamServer.initializedDatabase();
		association = Fixture.demo(60);
		try (Store store = TeamServer.open(server)) {
			store.createAssociation(association);
		}
		mine = association.getProjects().get(0);
		other = association.getProjects().get(1);
		admin.addUser(server, null, user("eva"), TeamRole.EVALUATOR, PASSWORD, List.of());
		admin.addUser(server, null, user("cora"), TeamRole.COORDINATOR, PASSWORD, List.of(mine.getDiarienummer()));
		admin.addUser(server, null, user("rut"), TeamRole.READER, PASSWORD, List.of());
		admin.addUser(server, null, user("dag"), TeamRole.DESIGNER, PASSWORD, List.of());
	}

	@Test
	public void theOwnerListsAndRemovesUsers() {
		assertEquals(List.of(new TeamUser(user("cora"), TeamRole.COORDINATOR, List.of(mine.getDiarienummer())),
				new TeamUser(user("dag"), TeamRole.DESIGNER, List.of()), new TeamUser(user("eva"), TeamRole.EVALUATOR, List.of()),
				new TeamUser(user("rut"), TeamRole.READER, List.of())), admin.users(server, null));
		admin.removeUser(server, null, user("cora"));
		assertEquals(List.of(user("dag"), user("eva"), user("rut")), admin.users(server, null).stream().map(TeamUser::name).toList());
		StoreException gone = assertThrows(StoreException.class, () -> stores.open(as(user("cora")), PASSWORD, Fixture.KEY));
		assertEquals("Servern godtog inte användaren " + user("cora") + " med det lösenordet (" + as(user("cora")) + ").", gone.getMessage());

		assertEquals("Det finns redan en användare " + user("eva") + " på servern (" + server + "): ingenting ändrades.",
				assertThrows(StoreException.class, () -> admin.addUser(server, null, user("eva"), TeamRole.READER, PASSWORD,
						List.of())).getMessage());
		assertEquals("Det finns ingen insats med diarienummer 1999:1 i " + server + ": ingenting ändrades.",
				assertThrows(StoreException.class, () -> admin.addUser(server, null, user("nils"), TeamRole.COORDINATOR,
						PASSWORD, List.of(mine.getDiarienummer(), "1999:1"))).getMessage());
		assertTrue(admin.users(server, null).stream().noneMatch(u -> u.name().equals(user("nils"))), "nothing was made");
		assertThrows(StoreException.class, () -> admin.addUser(server, null, "Robert'); DROP", TeamRole.READER,
				PASSWORD, List.of()));
		assertThrows(StoreException.class, () -> admin.addUser(server, null, "kort", TeamRole.READER,
				"kort".toCharArray(), List.of()));
		StoreException notAllowed = assertThrows(StoreException.class, () -> admin.addUser(as(user("eva")), PASSWORD, "ny",
				TeamRole.READER, PASSWORD, List.of()));
		assertEquals("Serveranvändaren " + user("eva") + " får inte hantera användare (" + as(user("eva")) + "): kör det som databasens "
				+ "ägare, en roll med CREATEROLE.", notAllowed.getMessage());
	}

	@Test
	public void aCoordinatorSeesAndWritesOnlyHerProjects() throws SQLException {
		try (Store store = stores.open(as(user("cora")), PASSWORD, Fixture.KEY)) {
			Association seen = store.loadAssociation(association.getId());
			assertEquals(List.of(mine.getDiarienummer()), seen.getProjects().stream().map(Project::getDiarienummer)
					.toList());
			Project project = seen.getProjects().get(0);
			store.loadContent(project);
			assertEquals(mine.getParticipants().size(), project.getParticipants().size());
			assertEquals(List.of(mine.getParticipants().size()), store.projects(association.getId()).stream()
					.map(ProjectSummary::participants).toList(), "no other project, not even its count");
			project.setName("Ändrad av insatsansvarig");
			store.saveProject(project);
		}
		try (Connection c = connect(user("cora")); Statement s = c.createStatement()) {
			assertEquals(mine.getParticipants().size(), count(s, "SELECT COUNT(*) FROM PARTICIPANT"));
			assertEquals(1, count(s, "SELECT COUNT(*) FROM PROJECT"));
			assertEquals(mine.getParticipants().size(), count(s, "SELECT COUNT(*) FROM V_PARTICIPANT"),
					"the views answer as their reader");
			assertEquals(0, s.executeUpdate("UPDATE PROJECT SET NAME = 'x' WHERE ID = '" + other.getId() + "'"));
			assertEquals(0, s.executeUpdate("DELETE FROM PARTICIPANT WHERE PROJECT_NO <> (SELECT NUM FROM PROJECT)"));
			denied(s, "INSERT INTO FINSAM_ASSIGNMENT (USER_NAME, PROJECT_ID) VALUES ('" + user("cora") + "', '" + other.getId() + "')");
			denied(s, "SELECT COUNT(*) FROM AUDIT");
			denied(s, "SELECT COUNT(*) FROM FINSAM_PARTICIPANT_COUNTS()"); // no other project's count
			denied(s, "UPDATE CODE_ENTRY SET LABEL_SV = 'x'");
		}
		try (Connection c = TeamServer.superuser(server.database()); Statement s = c.createStatement()) {
			assertEquals("Ändrad av insatsansvarig", text(s, "SELECT NAME FROM PROJECT WHERE ID = '" + mine.getId()
					+ "'"));
		}
	}

	/** Two real clients on one project: the second save is refused with who saved first and when; nothing lost. */
	@Test
	public void aStaleSaveNamesWhoSavedItAndWhen() throws SQLException {
		try (Store evas = stores.open(as(user("eva")), PASSWORD, Fixture.KEY);
				Store coras = stores.open(as(user("cora")), PASSWORD, Fixture.KEY)) {
			Project hers = coras.loadAssociation(association.getId()).getProjects().get(0);
			Project evasCopy = evas.loadAssociation(association.getId()).getProjects().stream()
					.filter(p -> p.getId().equals(hers.getId())).findFirst().orElseThrow();
			hers.setName("Coras namn");
			coras.saveProject(hers);
			evasCopy.setName("Evas namn");
			se.finsam.store.StaleDataException stale = assertThrows(se.finsam.store.StaleDataException.class,
					() -> evas.saveProject(evasCopy));
			String today = java.time.LocalDate.now().toString();
			assertTrue(stale.getMessage().startsWith("Inte sparat: " + user("cora") + " sparade insatsen "
					+ mine.getDiarienummer() + " " + today), stale.getMessage());
			assertTrue(stale.getMessage().endsWith("Ingenting skrevs över och dina ändringar finns kvar här: läs in "
					+ "insatsen igen och gör om dem."), stale.getMessage());
			assertEquals("Evas namn", evasCopy.getName(), "her edit is kept for a retry");
			try (Connection c = TeamServer.superuser(server.database()); Statement s = c.createStatement()) {
				assertEquals("Coras namn", text(s, "SELECT NAME FROM PROJECT WHERE ID = '" + mine.getId() + "'"));
				assertEquals(user("cora"), text(s, "SELECT SAVED_BY FROM PROJECT WHERE ID = '" + mine.getId() + "'"),
						"the server, not the client, records who saved");
			}
			Project reloaded = evas.loadAssociation(association.getId()).getProjects().stream()
					.filter(p -> p.getId().equals(hers.getId())).findFirst().orElseThrow();
			reloaded.setName("Evas namn");
			evas.saveProject(reloaded);
		}
	}

	/**
	 * The server records every change itself — who, when, table, row key, fields, never a value — collapsed to what
	 * really changed (a save rewrites the budget whole); the trail is append-only, even for the owner, and an act on
	 * personal data is recorded as the server knows the user.
	 */
	@Test
	public void theServerRecordsWhoChangedWhatAndNoOneCanChangeTheTrail() throws SQLException {
		try (Store store = stores.open(as(user("eva")), PASSWORD, Fixture.KEY)) {
			assertEquals(List.of(), store.changes(), "the owner's own set-up is not staged");
			Project project = store.loadAssociation(association.getId()).getProjects().get(0);
			store.loadContent(project);
			project.setName("Nytt namn");
			se.finsam.model.Participant p = project.getParticipants().get(1);
			p.getExtraAttributes().put("Kommun", "Heby");
			project.getBudget().getLines().get(0).getAmounts().get(0).setBudget(new java.math.BigDecimal("123456"));
			store.saveProject(project);
			store.record(new se.finsam.store.AuditEntry(java.time.Instant.now(), "någon annan",
					se.finsam.store.AuditEntry.REVEAL_PERSONNUMMER, project.getId(), p.getCode(), "Kontroll"));

			List<se.finsam.store.ChangeEntry> changes = store.changes();
			List<String> seen = changes.stream().map(e -> e.operation() + " " + e.table() + " " + e.fields()).toList();
			assertEquals(List.of("UPDATE PROJECT [NAME]", "UPDATE PARTICIPANT [DETAILS_UTF8]", "UPDATE BUDGET_AMOUNT [BUDGET]"),
					seen.stream().sorted(java.util.Comparator.comparing(x -> List.of("UPDATE PROJECT [NAME]",
							"UPDATE PARTICIPANT [DETAILS_UTF8]", "UPDATE BUDGET_AMOUNT [BUDGET]").indexOf(x))).toList(),
					"only what changed: " + seen);
			assertTrue(changes.stream().allMatch(e -> e.user().equals(user("eva")) && project.getId().equals(e
					.projectId())), changes.toString());
			assertTrue(changes.stream().anyMatch(e -> e.table().equals("PARTICIPANT") && e.rowKey().equals(p.getId())));
			assertEquals(user("eva"), store.auditLog().get(0).user(), "the server says who revealed, not the client");
		}
		try (Connection c = connect(user("eva")); Statement s = c.createStatement()) {
			denied(s, "DELETE FROM FINSAM_CHANGE_LOG");
			denied(s, "UPDATE AUDIT SET USER_NAME = 'x'");
			denied(s, "INSERT INTO FINSAM_CHANGE_LOG (TABLE_NAME, OPERATION) VALUES ('PROJECT', 'DELETE')");
		}
		try (Connection c = TeamServer.superuser(server.database()); Statement s = c.createStatement()) {
			denied(s, "DELETE FROM FINSAM_CHANGE_LOG");
			denied(s, "TRUNCATE AUDIT");
			assertEquals(3, count(s, "SELECT COUNT(*) FROM FINSAM_CHANGE_LOG"));
		}
		try (Store store = stores.open(as(user("cora")), PASSWORD, Fixture.KEY)) {
			StoreException e = assertThrows(StoreException.class, store::changes);
			assertTrue(e.getMessage().contains("din roll på servern tillåter inte det här"), e.getMessage());
		}
	}

	/** LISTEN/NOTIFY: a client hears of another's save at its commit, with who saved; not of its own saves. */
	@Test
	public void aClientHearsOfAnothersSaveButNotOfItsOwn() throws Exception {
		java.util.concurrent.BlockingQueue<se.finsam.store.StoreChange> heard = new java.util.concurrent
				.LinkedBlockingQueue<>();
		try (Store evas = stores.open(as(user("eva")), PASSWORD, Fixture.KEY);
				Store coras = stores.open(as(user("cora")), PASSWORD, Fixture.KEY);
				AutoCloseable watching = evas.watch(heard::add)) {
			Project hers = coras.loadAssociation(association.getId()).getProjects().get(0);
			hers.setName("Sparat av Cora");
			coras.saveProject(hers);
			se.finsam.store.StoreChange change = heard.poll(10, java.util.concurrent.TimeUnit.SECONDS);
			assertEquals(new se.finsam.store.StoreChange("project", mine.getId(), user("cora")), change);

			Project own = evas.loadAssociation(association.getId()).getProjects().get(1);
			own.setName("Sparat av Eva");
			evas.saveProject(own);
			hers.setName("Igen av Cora");
			coras.saveProject(hers);
			assertEquals(new se.finsam.store.StoreChange("project", mine.getId(), user("cora")), heard.poll(10,
					java.util.concurrent.TimeUnit.SECONDS), "Cora's second save, and before it nothing of Eva's own");
		}
	}

	/**
	 * An import into a project that another user has unsaved edits of is refused, naming her, with nothing stored;
	 * her own client's edits do not hold her import back, and a client that goes away holds nothing back.
	 */
	@Test
	public void anImportIntoAProjectAnotherUserIsEditingIsRefused() throws Exception {
		Store coras = stores.open(as(user("cora")), PASSWORD, Fixture.KEY);
		try (Store evas = stores.open(as(user("eva")), PASSWORD, Fixture.KEY)) {
			AutoCloseable editing = coras.editing(mine.getId());
			Project target = evas.loadAssociation(association.getId()).getProjects().stream()
					.filter(p -> p.getId().equals(mine.getId())).findFirst().orElseThrow();
			target.setName("Importerad");
			StoreException refused = assertThrows(StoreException.class, () -> evas.saveProjects(List.of(target)));
			assertEquals("Insatsen " + mine.getDiarienummer() + " har osparade ändringar hos " + user("cora")
					+ ". Ingenting importerades: be " + user("cora") + " att spara eller stänga insatsen och importera "
					+ "sedan igen.", refused.getMessage());
			assertEquals(mine.getName(), storedName(mine), "nothing stored");

			try (AutoCloseable own = evas.editing(other.getId())) {
				Project hers = evas.loadAssociation(association.getId()).getProjects().stream()
						.filter(p -> p.getId().equals(other.getId())).findFirst().orElseThrow();
				hers.setName("Egen import");
				evas.saveProjects(List.of(hers));
				assertEquals("Egen import", storedName(other), "her own open edit does not hold her import back");
			}

			editing.close();
			evas.saveProjects(List.of(target));
			assertEquals("Importerad", storedName(mine), "once Cora saved or closed");

			coras.editing(mine.getId());
			coras.close(); // her workbench went away with the edit still open
			Project again = evas.loadAssociation(association.getId()).getProjects().stream()
					.filter(p -> p.getId().equals(mine.getId())).findFirst().orElseThrow();
			again.setName("Importerad igen");
			evas.saveProjects(List.of(again));
			assertEquals("Importerad igen", storedName(mine));
		} finally {
			coras.close();
		}
	}

	private String storedName(Project p) throws SQLException {
		try (Connection c = TeamServer.superuser(server.database()); Statement s = c.createStatement()) {
			return text(s, "SELECT NAME FROM PROJECT WHERE ID = '" + p.getId() + "'");
		}
	}

	@Test
	public void aReaderSeesProjectsAndBudgetsButNeverAParticipant() throws SQLException {
		// A small insats: its count would point at its few participants.
		Project small = association.getProjects().get(2);
		try (Store store = TeamServer.open(server)) {
			Project stored = store.loadAssociation(association.getId()).getProjects().stream()
					.filter(p -> p.getId().equals(small.getId())).findFirst().orElseThrow();
			store.loadContent(stored);
			stored.getParticipants().subList(3, stored.getParticipants().size()).clear();
			store.saveProject(stored);
		}
		try (Store store = stores.open(as(user("rut")), PASSWORD, null)) { // no key: she holds none
			Association seen = store.loadAssociation(association.getId());
			assertEquals(association.getProjects().size(), seen.getProjects().size());
			List<ProjectSummary> listed = store.projects(association.getId());
			for (ProjectSummary p : listed) {
				int n = association.getProjects().stream().filter(x -> x.getId().equals(p.id())).findFirst()
						.orElseThrow().getParticipants().size();
				if (p.id().equals(small.getId())) {
					assertTrue(p.suppressed(), "three participants are shown as <5");
				} else {
					assertEquals(n, p.participants(), p.diarienummer());
				}
			}
			Project project = seen.getProjects().get(0);
			StoreException refused = assertThrows(StoreException.class, () -> store.loadContent(project));
			assertEquals("Din roll på servern ser insatserna, deras budget och hur många deltagare de har, men inga "
					+ "deltagare: deltagarna, rapporterna och utvärderingarna i insatsen " + project.getDiarienummer()
					+ " kräver en roll med förbundets nyckel.", refused.getMessage());
			assertTrue(store.readOnly());
			store.loadBudget(project);
			Project original = association.getProjects().stream().filter(x -> x.getId().equals(project.getId()))
					.findFirst().orElseThrow();
			assertEquals(original.getBudget().getLines().size(), project.getBudget().getLines().size());
			assertEquals(0, original.getBudget().getLines().get(0).totalBudget().compareTo(
					project.getBudget().getLines().get(0).totalBudget()), "her budget is the stored one");
			assertFalse(project.isContentLoaded(), "a budget alone cannot be saved as the project's content");
			assertTrue(assertThrows(StoreException.class, () -> store.participants(project.getId())).getMessage()
					.contains("din roll på servern tillåter inte det här"));
			project.setName("Läsaren skriver");
			assertTrue(assertThrows(StoreException.class, () -> store.saveProject(project)).getMessage()
					.contains("din roll på servern tillåter inte det här"));
		}
		assertEquals("Serveranvändaren " + user("eva") + " arbetar med deltagare och behöver förbundets nyckel ("
				+ as(user("eva")) + "); bara rollen reader (ledning, styrelse) öppnar servern utan den.",
				assertThrows(se.finsam.store.WrongKeyException.class, () -> stores.open(as(user("eva")), PASSWORD,
						null)).getMessage());
		assertEquals("Serveranvändaren " + user("dag") + " har rollen designer: den läser de dokumenterade vyerna i "
				+ "schemat finsam_design från BIRT:s rapportdesigner (docs/report-design.md); Finsam Workbench öppnar "
				+ "inte " + as(user("dag")) + " med den.", assertThrows(StoreException.class, () -> stores.open(
						as(user("dag")), PASSWORD, Fixture.KEY)).getMessage());
		try (Connection c = connect(user("rut")); Statement s = c.createStatement()) {
			assertEquals(association.getProjects().size(), count(s, "SELECT COUNT(*) FROM " + "FINSAM_PARTICIPANT_COUNTS()"));
			assertEquals(1, count(s, "SELECT COUNT(*) FROM FINSAM_PARTICIPANT_COUNTS() WHERE PARTICIPANTS IS NULL"),
					"psql gives her no more than the product");
			assertEquals(association.getProjects().size(), count(s, "SELECT COUNT(*) FROM PROJECT"));
			assertTrue(count(s, "SELECT COUNT(*) FROM BUDGET_AMOUNT") > 0);
			denied(s, "SELECT COUNT(*) FROM PARTICIPANT");
			denied(s, "SELECT COUNT(*) FROM V_PARTICIPANT");
			denied(s, "SELECT COUNT(*) FROM DOCUMENT");
			denied(s, "UPDATE PROJECT SET NAME = 'x'");
		}
	}

	@Test
	public void aDesignerReadsOnlyTheViews() throws SQLException {
		int all = association.getProjects().stream().mapToInt(p -> p.getParticipants().size()).sum();
		try (Connection c = connect(user("dag")); Statement s = c.createStatement()) {
			assertEquals(all, count(s, "SELECT COUNT(*) FROM V_PARTICIPANT"), "the documented views, all rows");
			assertEquals(association.getProjects().size(), count(s, "SELECT COUNT(*) FROM V_PROJECT"));
			denied(s, "SELECT COUNT(*) FROM public.PARTICIPANT");
			denied(s, "SELECT COUNT(*) FROM public.PROJECT");
			denied(s, "SELECT COUNT(*) FROM public.V_PARTICIPANT");
		}
	}

	@Test
	public void anEvaluatorSeesEverything() throws SQLException {
		try (Store store = stores.open(as(user("eva")), PASSWORD, Fixture.KEY)) {
			assertEquals(association.getProjects().size(), store.projects(association.getId()).size());
		}
		try (Connection c = connect(user("eva")); Statement s = c.createStatement()) {
			int all = association.getProjects().stream().mapToInt(p -> p.getParticipants().size()).sum();
			assertEquals(all, count(s, "SELECT COUNT(*) FROM PARTICIPANT"));
			denied(s, "UPDATE SCHEMA_VERSION SET VERSION = 99");
		}
		assertEquals("Servern godtog inte användaren " + user("eva") + " med det lösenordet (" + as(user("eva")) + ").",
				assertThrows(StoreException.class, () -> stores.open(as(user("eva")), "fel lösenord helt".toCharArray(),
						Fixture.KEY)).getMessage());
	}

	/** Login roles are the cluster's, not the database's: each test's users have names of their own. */
	private String user(String name) {
		return name + "_" + server.database().replaceAll("\\D", "");
	}

	private ServerAddress as(String user) {
		return ServerAddress.parse("postgresql://" + user + "@127.0.0.1:" + server.port() + "/" + server.database());
	}

	/** The user's own connection, as psql would make it: no product in between. */
	private Connection connect(String user) throws SQLException {
		PGSimpleDataSource source = new PGSimpleDataSource();
		source.setUrl(TeamServer.cluster().jdbcUrl(server.database()));
		source.setUser(user);
		source.setPassword(new String(PASSWORD));
		return source.getConnection();
	}

	private static void denied(Statement s, String sql) {
		SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
		assertEquals("42501", e.getSQLState(), sql + ": " + e.getMessage());
	}

	private static int count(Statement s, String sql) throws SQLException {
		try (ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getInt(1);
		}
	}

	private static String text(Statement s, String sql) throws SQLException {
		try (ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}
}
