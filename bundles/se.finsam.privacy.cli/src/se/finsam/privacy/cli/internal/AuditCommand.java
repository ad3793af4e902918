package se.finsam.privacy.cli.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.finsam.cli.Arguments;
import se.finsam.cli.CliCommand;
import se.finsam.cli.CliException;
import se.finsam.cli.CommandContext;
import se.finsam.cli.Json;
import se.finsam.cli.StoreAccess;
import se.finsam.privacy.AuditLog;
import se.finsam.store.AuditEntry;
import se.finsam.store.ChangeEntry;
import se.finsam.store.Store;
import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;

/**
 * {@code ./finsam audit [--project DNR] [--user U] [--from D] [--to D] [--json]}: who did what to personal data,
 * when and why, and on a team server every change it recorded; never the data itself.
 */
@Component(service = CliCommand.class)
public class AuditCommand implements CliCommand {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneId.systemDefault());

	@Reference
	private StoreService stores;

	@Override
	public String name() {
		return "audit";
	}

	@Override
	public String summary() {
		return Messages.Audit_summary;
	}

	@Override
	public String usage() {
		return Messages.Audit_usage;
	}

	@Override
	public int run(Arguments args, CommandContext context) throws CliException {
		StoreKey key = StoreAccess.key(args, context);
		LocalDate since = args.date("--since");
		LocalDate fromDate = args.date("--from");
		LocalDate to = args.date("--to");
		Optional<String> project = args.option("--project");
		Optional<String> user = args.option("--user");
		boolean json = args.flag("--json");
		args.done();
		LocalDate from = fromDate != null ? fromDate : since;
		if (from != null && to != null && to.isBefore(from)) {
			throw CliException.usage(NLS.bind(Messages.Audit_toBeforeFrom, to, from));
		}
		try (Store store = StoreAccess.open(stores, key, context)) {
			Map<String, String> dnr = new HashMap<>();
			store.associations().forEach(a -> store.projects(a.id()).forEach(p -> dnr.put(p.id(), p.diarienummer())));
			if (project.isPresent() && !dnr.containsValue(project.get().strip())) {
				throw CliException.usage(NLS.bind(Messages.Audit_noProject, project.get()));
			}
			List<Row> rows = new ArrayList<>();
			for (AuditEntry e : store.auditLog()) {
				rows.add(new Row(e.at(), e.user(), "act", AuditLog.describe(e.action()), e.action(), dnr(dnr,
						e.projectId()), e.subject(), e.reason(), List.of()));
			}
			for (ChangeEntry e : store.changes()) {
				rows.add(new Row(e.at(), e.user(), "change", NLS.bind(Messages.Audit_change, operation(e.operation()),
						table(e.table())), e.operation() + " " + e.table(), dnr(dnr, e.projectId()), e.rowKey(),
						String.join(", ", e.fields()), e.fields()));
			}
			ZoneId zone = ZoneId.systemDefault();
			List<Row> shown = rows.stream()
					.filter(r -> from == null || !r.at().isBefore(from.atStartOfDay(zone).toInstant()))
					.filter(r -> to == null || r.at().isBefore(to.plusDays(1).atStartOfDay(zone).toInstant()))
					.filter(r -> project.isEmpty() || project.get().strip().equals(r.project()))
					.filter(r -> user.isEmpty() || user.get().strip().equals(r.user()))
					.sorted(Comparator.comparing(Row::at)).toList();
			if (json) {
				context.out().println(Json.write(shown.stream().map(Row::json).toList()));
				return 0;
			}
			if (shown.isEmpty()) {
				context.out().println(Messages.Audit_none);
			}
			for (Row r : shown) {
				context.out().println(NLS.bind(Messages.Audit_line, new Object[] { WHEN.format(r.at()),
						r.user() == null ? "?" : r.user(), r.what(), r.project() == null ? "" : r.project(),
						r.subject() == null ? "" : r.subject(), r.detail() == null ? "" : r.detail() }).strip());
			}
		} catch (StoreException e) {
			throw StoreAccess.failure(e);
		}
		return 0;
	}

	private static String dnr(Map<String, String> dnr, String projectId) {
		return projectId == null ? null : dnr.getOrDefault(projectId, projectId);
	}

	private static String operation(String operation) {
		return switch (operation) {
		case "INSERT" -> Messages.Audit_inserted;
		case "DELETE" -> Messages.Audit_deleted;
		default -> Messages.Audit_updated;
		};
	}

	private static String table(String table) {
		return switch (table) {
		case "PROJECT" -> Messages.Audit_project;
		case "PARTICIPANT" -> Messages.Audit_participant;
		case "DOCUMENT" -> Messages.Audit_document;
		case "GOAL" -> Messages.Audit_goal;
		case "PROJECT_PERIOD" -> Messages.Audit_period;
		case "PROJECT_PARTY" -> Messages.Audit_party;
		default -> Messages.Audit_budget; // BUDGET_LINE, BUDGET_AMOUNT, FLAT_RATE
		};
	}

	/** One line of the trail: an act on personal data, or a change the team server recorded. */
	private record Row(java.time.Instant at, String user, String kind, String what, String code, String project,
			String subject, String detail, List<String> fields) {

		Map<String, Object> json() {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("at", at.toString());
			m.put("user", user);
			m.put("kind", kind);
			m.put(kind.equals("act") ? "action" : "change", code);
			m.put("project", project);
			m.put("subject", subject);
			if (kind.equals("act")) {
				m.put("reason", detail);
			} else {
				m.put("fields", fields);
			}
			return m;
		}
	}
}
