package se.finsam.privacy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import se.finsam.model.Association;
import se.finsam.model.Participant;
import se.finsam.model.Project;
import se.finsam.model.personal.InvalidPersonnummerException;
import se.finsam.model.personal.Personnummer;
import se.finsam.privacy.internal.ExtractFields;
import se.finsam.privacy.internal.Messages;
import se.finsam.store.AuditEntry;
import se.finsam.store.PersonRecord;
import se.finsam.store.Store;

/**
 * The registered person's rights (GDPR art. 15 and 17): where she is registered, found through the keyed
 * pseudonym of her personnummer without decrypting anything else; an extract of all her data (registerutdrag);
 * the erasure of her identity everywhere; and her consent withdrawn. Each is recorded in the audit log without her
 * personnummer.
 */
public final class PersonRegister {

	/** An extract: made on a day, about the person with this personnummer, each registration with its data. */
	public record Extract(LocalDate made, String personnummer, List<Registration> registrations,
			List<AuditEntry> history, int retentionYears) {
	}

	/** One registration: the förbund, the insats, and what is stored about her there, as label and value. */
	public record Registration(String association, String diarienummer, String project, String code,
			Map<String, String> fields) {
	}

	private PersonRegister() {
	}

	/**
	 * The personnummer checked and written the usual way (ÅÅÅÅMMDD-NNNN).
	 *
	 * @throws IllegalArgumentException with a Swedish message saying what is wrong with it
	 */
	public static String check(String personnummer) {
		try {
			return Personnummer.parse(personnummer == null ? "" : personnummer).normalized();
		} catch (InvalidPersonnummerException e) {
			throw new IllegalArgumentException(switch (e.problem()) {
			case FORMAT -> Messages.Person_format;
			case DATE -> Messages.Person_date;
			case CHECK_DIGIT -> Messages.Person_checkDigit;
			}, e);
		}
	}

	/** Where she is registered, in every förbund of this database. */
	public static List<PersonRecord> find(Store store, String personnummer, String user) {
		List<PersonRecord> found = store.findPerson(check(personnummer));
		store.record(new AuditEntry(Instant.now(), user, AuditEntry.PERSON_LOOKUP, null,
				NLS.bind(Messages.Person_found, found.size()), null));
		return found;
	}

	/**
	 * Writes all her data (art. 15), with what was done with it and how long it is kept, to {@code file} (PDF or
	 * JSON by its extension; see {@link ExtractWriter}). The extract is recorded in the audit log when the file is
	 * complete beside its name and before it appears: a failed write records nothing, a failed record leaves no
	 * file.
	 */
	public static Extract extract(Store store, String personnummer, String user, LocalDate today, Path file)
			throws IOException {
		Extract extract = gather(store, personnummer, today);
		ExtractWriter.write(extract, file, () -> store.record(new AuditEntry(Instant.now(), user,
				AuditEntry.PERSON_EXTRACT, null, NLS.bind(Messages.Person_found, extract.registrations().size()),
				null)));
		return extract;
	}

	private static Extract gather(Store store, String personnummer, LocalDate today) {
		String normalized = check(personnummer);
		List<PersonRecord> found = store.findPerson(normalized);
		List<Registration> registrations = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		Map<String, Association> associations = new LinkedHashMap<>();
		int years = found.isEmpty() ? se.finsam.model.validation.AssociationRules.DEFAULT_RETENTION_YEARS
				: Gallring.years(associations.computeIfAbsent(found.get(0).associationId(), store::loadAssociation));
		for (PersonRecord r : found) {
			Association a = associations.computeIfAbsent(r.associationId(), store::loadAssociation);
			Project project = a.getProjects().stream().filter(p -> p.getId().equals(r.projectId())).findFirst()
					.orElseThrow();
			store.loadContent(project);
			Participant p = project.getParticipants().stream().filter(x -> x.getId().equals(r.participantId()))
					.findFirst().orElseThrow();
			registrations.add(new Registration(a.getName(), project.getDiarienummer(), project.getName(), p.getCode(),
					ExtractFields.of(p)));
			codes.add(r.projectId() + "/" + p.getCode());
		}
		List<AuditEntry> history = store.auditLog().stream()
				.filter(e -> e.projectId() != null && codes.contains(e.projectId() + "/" + e.subject())).toList();
		return new Extract(today, normalized, registrations, history, years);
	}

	/** Erases her identity everywhere (art. 17), with the guarantees of gallring; returns how many registrations. */
	public static int erase(Store store, String personnummer, String user, LocalDate day) {
		return change(store, personnummer, user, AuditEntry.PERSON_ERASE,
				(association, byProject) -> store.eraseIdentities(association, byProject, day));
	}

	/**
	 * Her consent withdrawn: her identity and measurements are erased, she is left out of statistics and exports
	 * made from now on; codes, years and outcomes stay only as counts in what was reported before.
	 */
	public static int withdrawConsent(Store store, String personnummer, String user, LocalDate day) {
		return change(store, personnummer, user, AuditEntry.CONSENT_WITHDRAWN,
				(association, byProject) -> store.withdrawConsent(association, byProject, day));
	}

	private static int change(Store store, String personnummer, String user, String action,
			BiFunction<String, Map<String, List<String>>, Integer> act) {
		List<PersonRecord> found = store.findPerson(check(personnummer));
		Map<String, Map<String, List<String>>> byAssociation = found.stream().collect(Collectors.groupingBy(
				PersonRecord::associationId, LinkedHashMap::new, Collectors.groupingBy(PersonRecord::projectId,
						LinkedHashMap::new, Collectors.mapping(PersonRecord::participantId, Collectors.toList()))));
		int changed = 0;
		for (Map.Entry<String, Map<String, List<String>>> e : byAssociation.entrySet()) {
			changed += act.apply(e.getKey(), e.getValue());
		}
		if (changed > 0) {
			store.reclaim();
		}
		for (PersonRecord r : found) {
			store.record(new AuditEntry(Instant.now(), user, action, r.projectId(), r.code(), null));
		}
		return changed;
	}
}
