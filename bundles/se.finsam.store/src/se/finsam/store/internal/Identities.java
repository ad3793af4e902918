package se.finsam.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import se.finsam.model.Association;
import se.finsam.model.Participant;
import se.finsam.model.Project;
import se.finsam.model.validation.AssociationRules;
import se.finsam.store.ErasureCandidate;
import se.finsam.store.LoadProgress;
import se.finsam.store.PersonRecord;

/**
 * Participants' identities: which are due for erasure under the retention rule, erasing them (personnummer and
 * personal extra attributes; codes, years and outcomes stay), and finding one person through her pseudonym. An
 * erasure rewrites the participant rows through the same code as a save and raises each project's revision, so a
 * workbench that still holds the old values cannot write them back.
 */
final class Identities {

	private final ParticipantDao participants;

	Identities(ParticipantDao participants) {
		this.participants = participants;
	}

	/** Due on {@code today}: still holding an identity, exit (or else the project's end) at least N years ago. */
	List<ErasureCandidate> due(Connection c, String associationId, LocalDate today) throws SQLException {
		int years = retentionYears(c, associationId);
		LocalDate cutoff = today.minusYears(years);
		List<ErasureCandidate> due = new ArrayList<>();
		try (PreparedStatement s = c.prepareStatement("SELECT X.ID_UTF8, P.ID, P.DIARIENUMMER, X.CODE, X.EXIT_DATE, "
				+ "P.GRANTED_END FROM PARTICIPANT X JOIN PROJECT P ON P.NUM = X.PROJECT_NO "
				+ "WHERE P.ASSOCIATION_ID = ? AND X.HAS_IDENTITY = ? AND (X.EXIT_DATE <= ? "
				+ "OR X.EXIT_DATE IS NULL AND P.GRANTED_END <= ?) ORDER BY P.DIARIENUMMER, X.POS")) {
			new Binder(s).text(associationId).bool(true).date(cutoff).date(cutoff);
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					Columns col = new Columns(rs);
					String id = col.utf8();
					String project = col.text();
					String dnr = col.text();
					String code = col.text();
					LocalDate exit = col.date();
					LocalDate end = col.date();
					due.add(new ErasureCandidate(id, project, dnr, code, exit,
							(exit != null ? exit : end).plusYears(years)));
				}
			}
		}
		return due;
	}

	static int retentionYears(Connection c, String associationId) throws SQLException {
		Integer[] years = { null };
		Jdbc.query(c, "SELECT RETENTION_YEARS FROM ASSOCIATION WHERE ID = ?", associationId,
				col -> years[0] = col.integer());
		return years[0] == null ? AssociationRules.DEFAULT_RETENTION_YEARS : years[0];
	}

	/**
	 * Erases the identities of these participants (ids by project id) and applies {@code change} to each (marking
	 * it erased, or its consent withdrawn); returns how many were found.
	 */
	int erase(Connection c, String associationId, Map<String, ? extends Collection<String>> byProject,
			Consumer<Participant> change) throws SQLException {
		Set<String> ids = new HashSet<>();
		byProject.values().forEach(ids::addAll);
		Map<String, Integer> projects = numbers(c, byProject.keySet());
		Association association = AssociationDao.load(c, associationId);
		ProjectDao.loadAll(c, association);
		Set<String> personal = new HashSet<>();
		association.getAttributeDefinitions().stream().filter(d -> d.isPersonal()).forEach(d -> personal.add(d.getName()));
		int changed = 0;
		for (Project project : association.getProjects()) {
			Integer projectNo = projects.get(project.getId());
			if (projectNo == null) {
				continue;
			}
			participants.load(c, project, projectNo, LoadProgress.NONE);
			project.setContentLoaded(true);
			for (Participant p : project.getParticipants()) {
				if (ids.contains(p.getId())) {
					p.setPersonalIdentityNumber(null);
					personal.forEach(p.getExtraAttributes()::removeKey);
					change.accept(p);
					changed++;
				}
			}
			participants.save(c, project, projectNo, associationNumber(c, associationId));
			Jdbc.update(c, "UPDATE PROJECT SET REVISION = REVISION + 1 WHERE ID = ?", project.getId());
		}
		return changed;
	}

	/**
	 * Every registration of the person with this normalized personnummer, in all associations: the rows with her
	 * pseudonym's key, each confirmed by decrypting its personnummer (a shared key is one in 10^19).
	 */
	List<PersonRecord> find(Connection c, PersonalDataCipher cipher, String normalized) throws SQLException {
		List<PersonRecord> found = new ArrayList<>();
		try (PreparedStatement s = c.prepareStatement("SELECT X.PNR_SEALED, A.ID, A.NAME, P.ID, P.DIARIENUMMER, "
				+ "P.NAME, X.ID_UTF8, X.CODE FROM PARTICIPANT X JOIN PROJECT P ON P.NUM = X.PROJECT_NO JOIN ASSOCIATION A "
				+ "ON A.ID = P.ASSOCIATION_ID WHERE X.PNR_KEY = ? ORDER BY A.NAME, P.DIARIENUMMER")) {
			s.setLong(1, cipher.pseudonymKey(normalized));
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					Columns col = new Columns(rs);
					byte[] sealed = col.bytes();
					if (sealed != null && normalized.equals(cipher.open(sealed))) {
						found.add(new PersonRecord(col.text(), col.text(), col.text(), col.text(), col.text(),
								col.utf8(), col.text()));
					}
				}
			}
		}
		return found;
	}

	/** The compact number of each of these projects, by id. */
	private static Map<String, Integer> numbers(Connection c, Set<String> projectIds) throws SQLException {
		Map<String, Integer> numbers = new LinkedHashMap<>();
		for (String id : projectIds) {
			Jdbc.query(c, "SELECT NUM FROM PROJECT WHERE ID = ?", id, col -> numbers.put(id, col.integer()));
		}
		return numbers;
	}

	private static int associationNumber(Connection c, String associationId) throws SQLException {
		int[] number = { -1 };
		Jdbc.query(c, "SELECT NUM FROM ASSOCIATION WHERE ID = ?", associationId, col -> number[0] = col.integer());
		return number[0];
	}
}
