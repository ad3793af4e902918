package se.finsam.privacy.cli.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.finsam.cli.Arguments;
import se.finsam.cli.CliCommand;
import se.finsam.cli.CliException;
import se.finsam.cli.CommandContext;
import se.finsam.cli.StoreAccess;
import se.finsam.privacy.AuditLog;
import se.finsam.store.AuditEntry;
import se.finsam.store.Store;
import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;

/** {@code ./finsam audit [--since DATE]}: who did what to personal data, when and why; never the data itself. */
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
		args.done();
		try (Store store = StoreAccess.open(stores, key, context)) {
			Map<String, String> dnr = new HashMap<>();
			store.associations().forEach(a -> store.projects(a.id()).forEach(p -> dnr.put(p.id(), p.diarienummer())));
			List<AuditEntry> entries = store.auditLog().stream().filter(e -> since == null
					|| !e.at().isBefore(since.atStartOfDay(ZoneId.systemDefault()).toInstant())).toList();
			if (entries.isEmpty()) {
				context.out().println(Messages.Audit_none);
			}
			for (AuditEntry e : entries) {
				context.out().println(NLS.bind(Messages.Audit_line, new Object[] { WHEN.format(e.at()),
						e.user() == null ? "?" : e.user(), AuditLog.describe(e.action()),
						e.projectId() == null ? "" : dnr.getOrDefault(e.projectId(), e.projectId()),
						e.subject() == null ? "" : e.subject(), e.reason() == null ? "" : e.reason() }).strip());
			}
		} catch (StoreException e) {
			throw StoreAccess.failure(e);
		}
		return 0;
	}
}
