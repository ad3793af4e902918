package se.finsam.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.finsam.model.Association;
import se.finsam.model.Project;

/**
 * The repository the workbench and the command line both use. Every save is one transaction: all of it is stored
 * or none of it. Saves are refused, with nothing written, when the object has validation errors
 * ({@link InvalidDataException}) or when someone else saved it since it was loaded ({@link StaleDataException}).
 * <p>
 * Loading is in two steps so that the navigator stays fast: {@link #loadAssociation} gives the association with its
 * parties, local groups and every project's own fields; {@link #loadContent} adds a project's participants, budget,
 * reports and evaluations. Instances are thread-safe; each call uses its own connection.
 */
public interface Store extends AutoCloseable {

	/** The associations in this store, by name. */
	List<AssociationSummary> associations();

	/** The association with parties, local groups and project headers (content not loaded). */
	Association loadAssociation(String associationId);

	/** Stores a new association with its parties and groups, and its projects if any (content included). */
	void createAssociation(Association association);

	/** Saves the association's own fields, parties and local groups (not its projects). */
	void saveAssociation(Association association);

	/** Loads participants, budget, reports and evaluations into a project loaded by {@link #loadAssociation}. */
	default void loadContent(Project project) {
		loadContent(project, LoadProgress.NONE);
	}

	/**
	 * {@link #loadContent(Project)}, reporting each page of participants read.
	 *
	 * @throws LoadCancelledException when the progress asked to stop; the project is then left unloaded
	 */
	void loadContent(Project project, LoadProgress progress);

	/**
	 * Loads only the budget into a project whose content is not loaded: what a team server's reader (the chef, the
	 * board) may see of it, without the key. The project stays unloaded, so it cannot be saved from this.
	 */
	void loadBudget(Project project);

	/**
	 * A project's figures for readers as last published after a save on a team server ({@link FiguresForReaders});
	 * empty on the embedded store and for a project not saved since the server got it.
	 */
	default java.util.Optional<PublishedFigures> publishedFigures(String projectId) {
		return java.util.Optional.empty();
	}

	/**
	 * Whether this store only reads: a team server's reader, opened without the key, sees projects and budgets and
	 * changes nothing (the server refuses it too).
	 */
	default boolean readOnly() {
		return false;
	}

	/** Inserts or updates a project: its fields, and its content when loaded. */
	void saveProject(Project project);

	/**
	 * Inserts or updates several projects of one association in one transaction: all of them are stored or none
	 * (an import that touches several projects). On a team server it is refused while another user has unsaved
	 * edits of one of them ({@link #editing}).
	 */
	void saveProjects(java.util.List<Project> projects);

	/**
	 * Saves the project, then appends the participants the feed delivers as it delivers them, all in one
	 * transaction: an import stores rows on one core while it reads the file on another. The rows are checked like
	 * any save's before the commit. When the feed or the save fails nothing is stored and the participants the feed
	 * delivered are taken off the project again. Like {@link #saveProjects}, an import: refused while another user
	 * has unsaved edits of the project.
	 */
	void saveProject(Project project, ParticipantFeed feed);

	/** Deletes a project with everything it holds. */
	void deleteProject(Project project);

	/** Deletes an association with its parties, groups and every project with everything it holds. */
	void deleteAssociation(String associationId);

	/** Records an act on personal data (never the data itself), committed at once. */
	void record(AuditEntry entry);

	/** What was recorded, oldest first. */
	java.util.List<AuditEntry> auditLog();

	/**
	 * The changes a team server recorded itself (every insert, update and delete of projects, participants, budgets,
	 * reports and evaluations), oldest first; empty on the embedded store, which records acts only
	 * ({@link #auditLog()}).
	 */
	default java.util.List<ChangeEntry> changes() {
		return java.util.List.of();
	}

	/**
	 * Participants whose identity is due for erasure (gallring) on {@code today}: they still hold a personnummer
	 * or a personal extra attribute, and left (or, when no exit is recorded, their project ended) at least the
	 * association's retention period ago (default 2 years).
	 */
	List<ErasureCandidate> dueForErasure(String associationId, LocalDate today);

	/**
	 * Erases the identity of these participants (their ids by project id) in one transaction: personnummer and
	 * personal extra attributes go, marked erased on {@code day}; codes, years and outcomes stay, so statistics
	 * and earlier reports still add up. The projects' revisions rise: a workbench holding the old values cannot
	 * save them back. Follow with {@link #reclaim()} to remove the values from the database files.
	 *
	 * @return how many participants were erased
	 */
	int eraseIdentities(String associationId, Map<String, ? extends Collection<String>> participantIdsByProject,
			LocalDate day);

	/**
	 * A participant withdrew her consent on {@code day}: as {@link #eraseIdentities}, and her measurements go too;
	 * she is marked so that statistics and exports made after it leave her out.
	 */
	int withdrawConsent(String associationId, Map<String, ? extends Collection<String>> participantIdsByProject,
			LocalDate day);

	/**
	 * Rewrites the participant table's pages and checkpoints the database, so values erased or deleted are gone
	 * from its files and its transaction log (backups taken before still hold them: {@link #backups()}).
	 */
	void reclaim();

	/**
	 * Every registration of the person with this personnummer, in all associations, found through its keyed
	 * pseudonym without decrypting any row.
	 *
	 * @throws IllegalArgumentException when it is not a valid personnummer
	 */
	List<PersonRecord> findPerson(String personnummer);

	/** The backups this store has taken, oldest first: each holds the data as it was when taken. */
	List<BackupRecord> backups();

	/** The projects of an association, with participant counts, by diarienummer. */
	List<ProjectSummary> projects(String associationId);

	/** The project with this diarienummer, as a summary. */
	Optional<ProjectSummary> findProject(String associationId, String diarienummer);

	/** A project's participants as codes and dates; never personal identity numbers. */
	List<ParticipantSummary> participants(String projectId);

	/** The id of the project where a participant code is enrolled, within an association. */
	Optional<String> findParticipant(String associationId, String code);

	/** Participants who have left, counted by exit reason and gender, over one association or (null) all. */
	List<OutcomeCount> outcomesByExitReasonAndGender(String associationId);

	/**
	 * A read-only connection to the whole store (the documented SQL views and the tables behind them), for our own
	 * reports and tools. Never hand it to a power user's design: see {@link #designConnection()}. Close it after use.
	 */
	Connection reportingConnection() throws SQLException;

	/**
	 * What a power user's report design may read: a snapshot of the documented SQL views (V_PROJECT,
	 * V_PARTICIPANT, V_BUDGET_YEAR, V_OUTCOME), in a database of its own, through a user that can only read them —
	 * no table of the store, no Java function, no system procedure. Closing it discards the snapshot.
	 */
	Connection designConnection() throws SQLException;

	/** An online backup of the whole database (still encrypted) into a new folder under {@code directory}. */
	Path backup(Path directory);

	/** The schema version of the database. */
	int schemaVersion();

	/**
	 * The upgrade this store's database went through when it was opened (the first open after the product was
	 * updated), with the backup taken before it; empty when it was already of this version or new.
	 */
	default Optional<SchemaUpgrade> upgradeAtOpen() {
		return Optional.empty();
	}

	/**
	 * Tells {@code listener} (on a thread of its own) when another client saves a project or an association on the
	 * same team server (PostgreSQL's LISTEN/NOTIFY, sent at commit); this store's own saves are not told. Nothing
	 * happens on the embedded store, which one person uses. Close the returned handle to stop.
	 */
	default AutoCloseable watch(java.util.function.Consumer<StoreChange> listener) {
		return () -> {
		};
	}

	/**
	 * Tells the other members of a team that this user has unsaved edits of the project, until the returned handle
	 * is closed: meanwhile their imports into it are refused, naming her. The server forgets it by itself when this
	 * client goes away. Nothing happens on the embedded store. Never fails: without it, the stale check on save
	 * still keeps anyone's edits from being overwritten. A database call: not on the UI thread.
	 */
	default AutoCloseable editing(String projectId) {
		return () -> {
		};
	}

	/** Shuts the database down. */
	@Override
	void close();
}
