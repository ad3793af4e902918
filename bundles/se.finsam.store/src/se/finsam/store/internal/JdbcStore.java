package se.finsam.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;

import se.finsam.model.Association;
import se.finsam.model.FinsamPackage;
import se.finsam.model.Gender;
import se.finsam.model.Participant;
import se.finsam.model.Party;
import se.finsam.model.Project;
import se.finsam.model.ProjectKind;
import se.finsam.model.personal.InvalidPersonnummerException;
import se.finsam.model.personal.Personnummer;
import se.finsam.store.AssociationSummary;
import se.finsam.store.AuditEntry;
import se.finsam.store.BackupRecord;
import se.finsam.store.ErasureCandidate;
import se.finsam.store.FiguresForReaders;
import se.finsam.store.LoadProgress;
import se.finsam.store.OutcomeCount;
import se.finsam.store.ParticipantFeed;
import se.finsam.store.ParticipantSummary;
import se.finsam.store.PersonRecord;
import se.finsam.store.ProjectSummary;
import se.finsam.store.PublishedFigures;
import se.finsam.store.SchemaUpgrade;
import se.finsam.store.StaleDataException;
import se.finsam.store.Store;
import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;

/**
 * The {@link Store} on either engine: embedded, encrypted Derby or a PostgreSQL server (team mode). Each call runs
 * in its own connection.
 */
public final class JdbcStore implements Store {

	private final Engine engine;
	private final SqlDialect dialect;
	private final ParticipantDao participants;
	private final PersonalDataCipher cipher;
	private final Identities identities;
	private final SchemaUpgrade upgrade;
	/** What each loaded project's child tables hold, so that a save rewrites only those that changed. */
	private final UnchangedRows unchanged = new UnchangedRows();
	/** What the store is, for messages: the data location or the server's address (never a password). */
	private final String where;
	/** Publishes the figures a team server's readers see; null where nothing is published. */
	private FiguresPublisher figures;

	/**
	 * A store on an open engine, with the key bound to this store (its salt applied); without a key (a team
	 * server's reader) it gives projects, budgets and suppressed counts, never a participant.
	 */
	JdbcStore(Engine engine, StoreKey bound, SchemaUpgrade upgrade, String where) {
		this.engine = engine;
		this.dialect = engine.dialect();
		this.cipher = bound == null ? null : new PersonalDataCipher(bound);
		this.participants = new ParticipantDao(cipher, dialect.insertsParticipantRows(), dialect.binaryWidth());
		this.identities = new Identities(participants);
		this.upgrade = upgrade;
		this.where = where;
	}

	/** Saves publish figures for readers through this, where the engine publishes them (a team server's). */
	JdbcStore publishing(java.util.function.Supplier<FiguresForReaders> computer) {
		if (engine.publishesFigures() && cipher != null) {
			figures = new FiguresPublisher(this, computer);
		}
		return this;
	}

	/** After a commit: the saved projects' figures are published soon ({@link FiguresPublisher}). */
	private void published(java.util.Collection<Project> projects) {
		if (figures != null) {
			for (Project p : projects) {
				if (p.eContainer() instanceof Association a) {
					figures.saved(a.getId(), p.getId());
				}
			}
		}
	}

	/** Stores a project's figures, if it is still at the revision they were computed from. */
	void publish(Project project, String content) {
		inTransaction(c -> {
			engine.publish(c, project.getId(), project.getRevision(), content);
			return null;
		});
	}

	@Override
	public Optional<PublishedFigures> publishedFigures(String projectId) {
		return inTransaction(c -> {
			java.util.concurrent.atomic.AtomicReference<PublishedFigures> found = new java.util.concurrent.atomic.AtomicReference<>();
			Jdbc.query(c, "SELECT CONTENT, COMPUTED_AT FROM READER_FIGURES WHERE PROJECT_ID = ?", projectId,
					col -> found.set(new PublishedFigures(col.text(), col.timestamp())));
			return Optional.ofNullable(found.get());
		});
	}

	@Override
	public List<AssociationSummary> associations() {
		return inTransaction(AssociationDao::list);
	}

	@Override
	public Association loadAssociation(String associationId) {
		return inTransaction(c -> {
			Association a = AssociationDao.load(c, associationId);
			if (a == null) {
				throw new StoreException(NLS.bind(Messages.Store_noSuchAssociation, associationId));
			}
			ProjectDao.loadAll(c, a);
			for (Project p : a.getProjects()) {
				ProjectDao.loaded(p, unchanged);
			}
			return a;
		});
	}

	@Override
	public void createAssociation(Association association) {
		refuseInvalid(association);
		inTransaction(c -> {
			AssociationDao.insert(c, association);
			for (Project project : association.getProjects()) {
				saveProject(c, project, association.getId(), null);
			}
			return null;
		});
		association.setRevision(association.getRevision() + 1);
		association.getProjects().forEach(p -> p.setRevision(p.getRevision() + 1));
		published(association.getProjects());
	}

	/** Checks a copy before it is committed; throws to roll it back. */
	interface CopyCheck {
		void verify(Connection c) throws SQLException;
	}

	/**
	 * A copy from another store ({@link StoreCopy}): into an empty store, every association with everything it
	 * holds and the audit log, as stored (no rule applied again), checked by {@code check} and committed in one
	 * transaction — or nothing.
	 */
	void copyIn(List<Association> associations, List<AuditEntry> audit, CopyCheck check) {
		inTransaction(c -> {
			if (!AssociationDao.list(c).isEmpty()) {
				throw new StoreException(NLS.bind(Messages.Copy_notEmpty, where));
			}
			for (Association association : associations) {
				AssociationDao.insert(c, association);
				for (Project project : association.getProjects()) {
					saveProject(c, project, association.getId(), null);
				}
			}
			for (AuditEntry entry : audit) {
				insertAudit(c, entry);
			}
			check.verify(c);
			return null;
		});
		associations.forEach(a -> published(a.getProjects()));
	}

	@Override
	public void saveAssociation(Association association) {
		// Its projects' participants are not saved here (saveProject checks them): a 100 000-row import that
		// defines its columns no longer waits for all of them to be checked again, nor is a förbund's name refused
		// for a participant being edited elsewhere.
		refuseInvalid(association, FinsamPackage.Literals.PROJECT__PARTICIPANTS);
		inTransaction(c -> {
			if (!AssociationDao.update(c, association)) {
				throw new StaleDataException(NLS.bind(Messages.Store_staleAssociation, association.getName()));
			}
			return null;
		});
		association.setRevision(association.getRevision() + 1);
	}

	@Override
	public void loadContent(Project project, LoadProgress progress) {
		if (project.isContentLoaded()) {
			return;
		}
		if (cipher == null) {
			throw new se.finsam.store.RoleRefusedException(NLS.bind(Messages.Server_readerNoParticipants,
					project.getDiarienummer()), null);
		}
		inTransaction(c -> {
			participants.load(c, project, numbers(c, project.getId())[0], progress);
			BudgetDao.load(c, project, parties(project));
			DocumentDao.load(c, project);
			BudgetDao.loaded(project, unchanged);
			DocumentDao.loaded(project, unchanged);
			return null;
		});
		project.setContentLoaded(true);
	}

	@Override
	public boolean readOnly() {
		return cipher == null;
	}

	@Override
	public void loadBudget(Project project) {
		if (project.isContentLoaded()) {
			return;
		}
		inTransaction(c -> {
			BudgetDao.load(c, project, parties(project));
			return null;
		});
	}

	private static Map<String, Party> parties(Project project) {
		Map<String, Party> parties = new HashMap<>();
		if (project.eContainer() instanceof Association a) {
			a.getParties().forEach(p -> parties.put(p.getId(), p));
		}
		return parties;
	}

	@Override
	public void saveProject(Project project) {
		save(List.of(project), false);
	}

	@Override
	public void saveProjects(List<Project> projects) {
		save(projects, true);
	}

	private void save(List<Project> projects, boolean imported) {
		ConcurrentCheck check = ConcurrentCheck.start(projects);
		UnchangedRows.Pending[] pending = { null };
		inTransaction(c -> {
			pending[0] = new UnchangedRows.Pending();
			if (imported) {
				engine.refuseImport(c, projects);
			}
			try {
				for (Project project : projects) {
					saveProject(c, project, ((Association) project.eContainer()).getId(), pending[0]);
				}
			} catch (SQLException | RuntimeException e) {
				check.refuseInvalid(); // what the model's rules say about it is the clearer message
				throw e;
			}
			check.refuseInvalid();
			return null;
		});
		projects.forEach(p -> p.setRevision(p.getRevision() + 1));
		unchanged.committed(pending[0]);
		published(projects);
	}

	@Override
	public void saveProject(Project project, ParticipantFeed feed) {
		List<Participant> list = project.getParticipants();
		int before = list.size();
		String associationId = ((Association) project.eContainer()).getId();
		UnchangedRows.Pending[] pending = { null };
		try {
			inTransaction(c -> {
				pending[0] = new UnchangedRows.Pending();
				engine.refuseImport(c, List.of(project));
				saveProject(c, project, associationId, pending[0]);
				int[] numbers = numbers(c, project.getId());
				FeedCheck check = new FeedCheck(project, before);
				try {
					try {
						participants.append(c, project, numbers[0], numbers[1], feed, check);
						participants.saveAppended(c, project, numbers[0], numbers[1], before); // what the feed changed
					} catch (SQLException | RuntimeException e) {
						if (!(e instanceof FeedException)) {
							ConcurrentCheck.refuseInvalid(project); // the model's rules give the clearer message
						}
						if (e instanceof SQLException sql && dialect.isUniqueViolation(sql)) {
							throw duplicateCode(c, project, associationId, sql);
						}
						throw e;
					}
					check.refuseInvalid();
				} finally {
					check.close();
				}
				return null;
			});
		} catch (FeedException e) {
			list.subList(before, list.size()).clear();
			throw e.cause();
		} catch (RuntimeException | Error e) {
			list.subList(before, list.size()).clear();
			throw e;
		}
		project.setRevision(project.getRevision() + 1);
		unchanged.committed(pending[0]);
		published(List.of(project));
	}

	/** {@code pending} collects what {@link UnchangedRows} may remember once committed; null: remember nothing. */
	private void saveProject(Connection c, Project project, String associationId, UnchangedRows.Pending pending)
			throws SQLException {
		boolean saved;
		try {
			saved = ProjectDao.saveHeader(c, project, associationId, unchanged, pending);
		} catch (SQLException e) {
			if (dialect.isUniqueViolation(e)) {
				throw new StoreException(NLS.bind(Messages.Store_diarienummerInUse, project.getDiarienummer()), e);
			}
			throw e;
		}
		if (!saved) {
			c.rollback(); // what this save wrote so far goes; then who saved it instead
			java.util.Optional<String[]> by = engine.lastSave(c, project.getId());
			throw new StaleDataException(by.isPresent() ? NLS.bind(Messages.Store_staleProjectBy, new Object[] {
					project.getDiarienummer(), by.get()[0], by.get()[1] }) : NLS.bind(Messages.Store_staleProject,
							project.getDiarienummer()));
		}
		if (project.isContentLoaded()) {
			int[] numbers = numbers(c, project.getId());
			try {
				participants.save(c, project, numbers[0], numbers[1]);
			} catch (SQLException e) {
				if (dialect.isUniqueViolation(e)) {
					throw duplicateCode(c, project, associationId, e);
				}
				throw e;
			}
			BudgetDao.save(c, project, unchanged, pending);
			DocumentDao.save(c, project, unchanged, pending);
		}
	}

	@Override
	public void deleteProject(Project project) {
		inTransaction(c -> {
			participants.deleteAll(c, numbers(c, project.getId())[0]);
			BudgetDao.deleteAll(c, project.getId());
			Jdbc.update(c, "DELETE FROM DOCUMENT WHERE PROJECT_ID = ?", project.getId());
			ProjectDao.delete(c, project.getId());
			return null;
		});
	}

	@Override
	public void deleteAssociation(String associationId) {
		List<String> projects = projects(associationId).stream().map(ProjectSummary::id).toList();
		inTransaction(c -> {
			for (String id : projects) {
				participants.deleteAll(c, numbers(c, id)[0]);
				BudgetDao.deleteAll(c, id);
				Jdbc.update(c, "DELETE FROM DOCUMENT WHERE PROJECT_ID = ?", id);
				ProjectDao.delete(c, id);
			}
			Jdbc.update(c, "DELETE FROM LOCAL_GROUP WHERE ASSOCIATION_ID = ?", associationId);
			Jdbc.update(c, "DELETE FROM ATTRIBUTE_DEFINITION WHERE ASSOCIATION_ID = ?", associationId);
			Jdbc.update(c, "DELETE FROM PARTY WHERE ASSOCIATION_ID = ?", associationId);
			Jdbc.update(c, "DELETE FROM ASSOCIATION WHERE ID = ?", associationId);
			return null;
		});
	}

	@Override
	public void record(AuditEntry entry) {
		inTransaction(c -> {
			insertAudit(c, entry);
			return null;
		});
	}

	private static void insertAudit(Connection c, AuditEntry entry) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("INSERT INTO AUDIT (RECORDED_AT, USER_NAME, ACTION, "
				+ "PROJECT_ID, SUBJECT, REASON) VALUES (?, ?, ?, ?, ?, ?)")) {
			new Binder(s).timestamp(entry.at()).text(entry.user()).text(entry.action()).text(entry.projectId())
					.text(entry.subject()).text(entry.reason());
			s.executeUpdate();
		}
	}

	@Override
	public List<AuditEntry> auditLog() {
		return inTransaction(c -> {
			List<AuditEntry> out = new ArrayList<>();
			try (PreparedStatement s = c.prepareStatement("SELECT RECORDED_AT, USER_NAME, ACTION, PROJECT_ID, SUBJECT, "
					+ "REASON FROM AUDIT ORDER BY NUM"); java.sql.ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					out.add(new AuditEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
							rs.getString(4), rs.getString(5), rs.getString(6)));
				}
			}
			return out;
		});
	}

	@Override
	public AutoCloseable editing(String projectId) {
		return engine.editing(projectId);
	}

	@Override
	public AutoCloseable watch(java.util.function.Consumer<se.finsam.store.StoreChange> listener) {
		return engine.watch(listener);
	}

	@Override
	public List<se.finsam.store.ChangeEntry> changes() {
		return inTransaction(engine::changes);
	}

	@Override
	public List<ErasureCandidate> dueForErasure(String associationId, LocalDate today) {
		return inTransaction(c -> identities.due(c, associationId, today));
	}

	@Override
	public int eraseIdentities(String associationId, Map<String, ? extends Collection<String>> byProject,
			LocalDate day) {
		return inTransaction(c -> identities.erase(c, associationId, byProject, p -> p.setIdentityErased(day)));
	}

	@Override
	public int withdrawConsent(String associationId, Map<String, ? extends Collection<String>> byProject,
			LocalDate day) {
		return inTransaction(c -> identities.erase(c, associationId, byProject, p -> {
			p.setConsent(false);
			p.setConsentWithdrawn(day);
			p.setIdentityErased(day);
			p.setStartMeasurement(null);
			p.setExitMeasurement(null);
		}));
	}

	@Override
	public void reclaim() {
		try (Connection c = engine.connection()) {
			dialect.reclaimParticipants(c);
		} catch (SQLException e) {
			throw DatabaseErrors.of(e);
		}
	}

	/** The column cipher of this store (null without a key): for tests that write rows as older versions did. */
	PersonalDataCipher cipher() {
		return cipher;
	}

	@Override
	public List<PersonRecord> findPerson(String personnummer) {
		String normalized;
		try {
			normalized = Personnummer.parse(personnummer).normalized();
		} catch (InvalidPersonnummerException e) {
			throw new IllegalArgumentException(e.getMessage(), e);
		}
		return inTransaction(c -> identities.find(c, cipher, normalized));
	}

	@Override
	public List<BackupRecord> backups() {
		return inTransaction(c -> {
			List<BackupRecord> out = new ArrayList<>();
			try (PreparedStatement s = c.prepareStatement("SELECT TAKEN_AT, LOCATION FROM BACKUP_LOG ORDER BY NUM");
					java.sql.ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					out.add(new BackupRecord(rs.getTimestamp(1).toInstant(), rs.getString(2)));
				}
			}
			return out;
		});
	}

	@Override
	public List<ProjectSummary> projects(String associationId) {
		return inTransaction(c -> {
			List<ProjectSummary> result = new ArrayList<>();
			// A reader counts through the server's function, which hides small counts (null).
			String count = cipher == null ? "(SELECT C.PARTICIPANTS FROM " + TeamRoles.COUNTS + "() C WHERE "
					+ "C.PROJECT_ID = P.ID)" : "(SELECT COUNT(*) FROM PARTICIPANT X WHERE X.PROJECT_NO = P.NUM)";
			Jdbc.query(c, "SELECT P.ID, P.DIARIENUMMER, P.NAME, P.KIND, P.GRANTED_START, P.GRANTED_END, " + count
					+ " FROM PROJECT P WHERE P.ASSOCIATION_ID = ? ORDER BY P.DIARIENUMMER", associationId,
					col -> {
						String id = col.text();
						String dnr = col.text();
						String name = col.text();
						ProjectKind kind = ProjectKind.get(col.text());
						LocalDate start = col.date();
						LocalDate end = col.date();
						Integer n = col.integer();
						result.add(new ProjectSummary(id, dnr, name, kind, start, end, n == null
								? ProjectSummary.SUPPRESSED : n));
					});
			return result;
		});
	}

	@Override
	public Optional<ProjectSummary> findProject(String associationId, String diarienummer) {
		return projects(associationId).stream().filter(p -> p.diarienummer().equals(diarienummer.strip())).findFirst();
	}

	@Override
	public List<ParticipantSummary> participants(String projectId) {
		return inTransaction(c -> {
			List<ParticipantSummary> result = new ArrayList<>();
			Jdbc.query(c, "SELECT X.CODE, X.GENDER, X.BIRTH_YEAR, X.ENROLMENT_DATE, X.ENROLMENT_YEAR, X.EXIT_DATE, "
					+ "X.EXIT_REASON FROM PARTICIPANT X JOIN PROJECT P ON P.NUM = X.PROJECT_NO WHERE P.ID = ? "
					+ "ORDER BY X.POS", projectId,
					col -> result.add(new ParticipantSummary(col.text(), Gender.get(col.text()), col.integer(), col.date(),
							col.integer(), col.date(), col.text())));
			return result;
		});
	}

	@Override
	public Optional<String> findParticipant(String associationId, String code) {
		return inTransaction(c -> {
			try (PreparedStatement s = c.prepareStatement("SELECT P.ID FROM PARTICIPANT X JOIN PROJECT P ON "
					+ "P.NUM = X.PROJECT_NO WHERE P.ASSOCIATION_ID = ? AND X.CODE = ?")) {
				s.setString(1, associationId);
				s.setString(2, code.strip());
				try (var rs = s.executeQuery()) {
					return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
				}
			}
		});
	}

	@Override
	public List<OutcomeCount> outcomesByExitReasonAndGender(String associationId) {
		String where = associationId == null ? "" : "ASSOCIATION_NO = ? AND ";
		return inTransaction(c -> {
			List<OutcomeCount> result = new ArrayList<>();
			Integer associationNo = associationId == null ? null : associationNumber(c, associationId);
			try (PreparedStatement s = c.prepareStatement("SELECT EXIT_REASON, GENDER, COUNT(*) FROM PARTICIPANT WHERE "
					+ where + "EXIT_DATE IS NOT NULL GROUP BY EXIT_REASON, GENDER ORDER BY EXIT_REASON, GENDER")) {
				if (associationNo != null) {
					s.setInt(1, associationNo);
				}
				try (var rs = s.executeQuery()) {
					while (rs.next()) {
						result.add(new OutcomeCount(rs.getString(1), Gender.get(rs.getString(2)), rs.getLong(3)));
					}
				}
			}
			return result;
		});
	}

	@Override
	public Connection reportingConnection() throws SQLException {
		Connection c = engine.connection();
		c.setReadOnly(true);
		return c;
	}

	@Override
	public Connection designConnection() throws SQLException {
		return engine.designConnection();
	}

	@Override
	public Path backup(Path directory) {
		try (Connection c = engine.connection()) {
			Path target = engine.backup(c, directory);
			Schema.logBackup(c, target);
			return target;
		} catch (SQLException e) {
			throw DatabaseErrors.of(e);
		}
	}

	@Override
	public Optional<SchemaUpgrade> upgradeAtOpen() {
		return Optional.ofNullable(upgrade);
	}

	@Override
	public int schemaVersion() {
		return inTransaction(c -> Migrations.currentVersion(c, dialect));
	}

	@Override
	public void close() {
		if (figures != null) {
			figures.close(); // what was saved is published before the connections go
		}
		engine.close();
	}

	@Override
	public String toString() {
		return where;
	}

	private void refuseInvalid(EObject object, EReference... notSaved) {
		ConcurrentCheck.refuseInvalid(object, notSaved);
	}

	private StoreException duplicateCode(Connection c, Project project, String associationId, SQLException cause)
			throws SQLException {
		c.rollback();
		Map<String, String> others = new HashMap<>();
		try (PreparedStatement s = c.prepareStatement("SELECT X.CODE, P.DIARIENUMMER FROM PARTICIPANT X "
				+ "JOIN PROJECT P ON P.NUM = X.PROJECT_NO WHERE P.ASSOCIATION_ID = ? AND P.ID <> ?")) {
			s.setString(1, associationId);
			s.setString(2, project.getId());
			try (var rs = s.executeQuery()) {
				while (rs.next()) {
					others.put(rs.getString(1), rs.getString(2));
				}
			}
		}
		return project.getParticipants().stream().filter(p -> others.containsKey(p.getCode())).findFirst()
				.map(p -> new StoreException(NLS.bind(Messages.Store_codeInUse, p.getCode(), others.get(p.getCode())),
						DatabaseErrors.sanitized(cause)))
				.orElseGet(() -> DatabaseErrors.of(cause));
	}

	/** The compact numbers of a stored project and its association: {project, association}. */
	private static int[] numbers(Connection c, String projectId) throws SQLException {
		try (PreparedStatement s = c.prepareStatement(
				"SELECT P.NUM, A.NUM FROM PROJECT P JOIN ASSOCIATION A ON A.ID = P.ASSOCIATION_ID WHERE P.ID = ?")) {
			s.setString(1, projectId);
			try (var rs = s.executeQuery()) {
				if (!rs.next()) {
					throw new StoreException(NLS.bind(Messages.Store_projectGone, projectId));
				}
				return new int[] { rs.getInt(1), rs.getInt(2) };
			}
		}
	}

	private static Integer associationNumber(Connection c, String associationId) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("SELECT NUM FROM ASSOCIATION WHERE ID = ?")) {
			s.setString(1, associationId);
			try (var rs = s.executeQuery()) {
				return rs.next() ? rs.getInt(1) : -1;
			}
		}
	}

	/** Runs in one transaction on a connection of its own: commit on success, rollback on any failure. */
	private <T> T inTransaction(Jdbc.Work<T> work) {
		try (Connection c = engine.connection()) {
			return Jdbc.transaction(c, work);
		} catch (SQLException e) {
			throw DatabaseErrors.of(e);
		}
	}
}
