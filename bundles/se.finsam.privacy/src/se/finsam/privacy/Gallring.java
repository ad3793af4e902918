package se.finsam.privacy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import se.finsam.model.Association;
import se.finsam.model.validation.AssociationRules;
import se.finsam.privacy.internal.Messages;
import se.finsam.store.AuditEntry;
import se.finsam.store.BackupRecord;
import se.finsam.store.ErasureCandidate;
import se.finsam.store.Store;

/**
 * Retention and erasure of identities (gallring): a förbund's rule says how many years after a participant's exit
 * (or, without an exit, after the project's end) her identity is kept; what is due is listed, then erased —
 * personnummer and personal extra attributes; codes, years and outcomes stay so statistics and earlier reports
 * still add up — and the pages and log that held it are reclaimed. Backups taken before still hold it: they are
 * listed so the förbund can delete those it no longer needs. The erasure is recorded (when, how many, by whom).
 */
public final class Gallring {

	/**
	 * What is due on a day.
	 *
	 * @param years the association's retention period
	 * @param backups backups taken before today: they hold what an erasure today removes from the database
	 */
	public record Plan(Association association, int years, LocalDate today, List<ErasureCandidate> due,
			List<BackupRecord> backups) {

		/** The participants due, by diarienummer, in the order they were found. */
		public Map<String, List<ErasureCandidate>> byDiarienummer() {
			return due.stream().collect(Collectors.groupingBy(ErasureCandidate::diarienummer, LinkedHashMap::new,
					Collectors.toList()));
		}
	}

	/** What an erasure did, and how long it took (the reclaim of pages included). */
	public record Result(int erased, int projects, Duration took, List<BackupRecord> backupsHolding) {
	}

	private Gallring() {
	}

	/** The association's retention period in years (its own, else the default of 2). */
	public static int years(Association association) {
		return association.getRetentionYears() == null ? AssociationRules.DEFAULT_RETENTION_YEARS
				: association.getRetentionYears();
	}

	public static Plan plan(Store store, Association association, LocalDate today) {
		List<BackupRecord> backups = store.backups().stream()
				.filter(b -> b.takenAt().isBefore(today.plusDays(1).atStartOfDay(java.time.ZoneId.systemDefault())
						.toInstant()))
				.toList();
		return new Plan(association, years(association), today, store.dueForErasure(association.getId(), today),
				backups);
	}

	/** Erases what the plan found, reclaims the pages, and records it. Nothing due: nothing happens. */
	public static Result run(Store store, Plan plan, String user) {
		Instant start = Instant.now();
		if (plan.due().isEmpty()) {
			return new Result(0, 0, Duration.ZERO, plan.backups());
		}
		Map<String, List<String>> byProject = plan.due().stream().collect(Collectors.groupingBy(
				ErasureCandidate::projectId, LinkedHashMap::new,
				Collectors.mapping(ErasureCandidate::participantId, Collectors.toList())));
		int erased = store.eraseIdentities(plan.association().getId(), byProject, plan.today());
		store.reclaim();
		Set<String> projects = byProject.keySet();
		store.record(new AuditEntry(Instant.now(), user, AuditEntry.GALLRING, null,
				erased + " / " + projects.size(), NLS.bind(Messages.Gallring_reason, plan.years())));
		return new Result(erased, projects.size(), Duration.between(start, Instant.now()), plan.backups());
	}
}
