package se.finsam.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import se.finsam.privacy.internal.Messages;
import se.finsam.store.AuditEntry;
import se.finsam.store.ChangeEntry;
import se.finsam.store.Store;

/**
 * The audit trail as a person reads it, for the command line and the workbench alike: the acts on personal data
 * ({@link Store#auditLog()}) and, on a team server, every change the server recorded ({@link Store#changes()}),
 * merged by time and filtered; projects by diarienummer, never a personal value.
 */
public final class AuditTrail {

	/** What to show; null fields do not filter. {@code to} is included. */
	public record Filter(String diarienummer, String user, LocalDate from, LocalDate to) {
		public static final Filter ALL = new Filter(null, null, null, null);
	}

	/**
	 * One line: an act ({@code act}: its action code, the subject's code and the reason given) or a change (the
	 * operation and table, the row's key and the fields that changed).
	 */
	public record Line(Instant at, String user, boolean act, String what, String code, String project, String subject,
			String detail, List<String> fields) {
	}

	private AuditTrail() {
	}

	/**
	 * The lines the filter selects, oldest first.
	 *
	 * @throws IllegalArgumentException in Swedish when no project has the filter's diarienummer
	 */
	public static List<Line> read(Store store, Filter filter) {
		Map<String, String> dnr = projects(store);
		if (!blank(filter.diarienummer()) && !dnr.containsValue(filter.diarienummer().strip())) {
			throw new IllegalArgumentException(NLS.bind(Messages.Trail_noProject, filter.diarienummer().strip()));
		}
		List<Line> lines = new ArrayList<>();
		for (AuditEntry e : store.auditLog()) {
			lines.add(new Line(e.at(), e.user(), true, AuditLog.describe(e.action()), e.action(), dnr(dnr, e
					.projectId()), e.subject(), e.reason(), List.of()));
		}
		for (ChangeEntry e : store.changes()) {
			lines.add(new Line(e.at(), e.user(), false, NLS.bind(Messages.Change_line, operation(e.operation()),
					table(e.table())), e.operation() + " " + e.table(), dnr(dnr, e.projectId()), e.rowKey(),
					String.join(", ", e.fields()), e.fields()));
		}
		ZoneId zone = ZoneId.systemDefault();
		return lines.stream()
				.filter(l -> filter.from() == null || !l.at().isBefore(filter.from().atStartOfDay(zone).toInstant()))
				.filter(l -> filter.to() == null || l.at().isBefore(filter.to().plusDays(1).atStartOfDay(zone)
						.toInstant()))
				.filter(l -> blank(filter.diarienummer()) || filter.diarienummer().strip().equals(l.project()))
				.filter(l -> blank(filter.user()) || filter.user().strip().equals(l.user()))
				.sorted(Comparator.comparing(Line::at)).toList();
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static Map<String, String> projects(Store store) {
		Map<String, String> dnr = new HashMap<>();
		store.associations().forEach(a -> store.projects(a.id()).forEach(p -> dnr.put(p.id(), p.diarienummer())));
		return dnr;
	}

	private static String dnr(Map<String, String> dnr, String projectId) {
		return projectId == null ? null : dnr.getOrDefault(projectId, projectId);
	}

	private static String operation(String operation) {
		return switch (operation) {
		case "INSERT" -> Messages.Change_inserted;
		case "DELETE" -> Messages.Change_deleted;
		default -> Messages.Change_updated;
		};
	}

	private static String table(String table) {
		return switch (table) {
		case "PROJECT" -> Messages.Change_project;
		case "PARTICIPANT" -> Messages.Change_participant;
		case "DOCUMENT" -> Messages.Change_document;
		case "GOAL" -> Messages.Change_goal;
		case "PROJECT_PERIOD" -> Messages.Change_period;
		case "PROJECT_PARTY" -> Messages.Change_party;
		default -> Messages.Change_budget; // BUDGET_LINE, BUDGET_AMOUNT, FLAT_RATE
		};
	}
}
