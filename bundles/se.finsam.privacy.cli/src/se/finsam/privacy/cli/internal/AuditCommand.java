package se.finsam.privacy.cli.internal;

import java.time.LocalDate;
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
import se.finsam.core.Formats;
import se.finsam.privacy.AuditTrail;
import se.finsam.store.Store;
import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;

/**
 * {@code ./finsam audit [--project DNR] [--user U] [--from D] [--to D] [--json]}: who did what to personal data,
 * when and why, and on a team server every change it recorded; never the data itself.
 */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=audit")
public class AuditCommand implements CliCommand {

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
			List<AuditTrail.Line> shown;
			try {
				shown = AuditTrail.read(store, new AuditTrail.Filter(project.orElse(null), user.orElse(null), from, to));
			} catch (IllegalArgumentException e) { // no such project
				throw CliException.usage(e.getMessage());
			}
			if (json) {
				context.out().println(Json.write(shown.stream().map(AuditCommand::json).toList()));
				return 0;
			}
			if (shown.isEmpty()) {
				context.out().println(Messages.Audit_none);
			}
			for (AuditTrail.Line l : shown) {
				context.out().println(NLS.bind(Messages.Audit_line, new Object[] { Formats.dateTime(l.at()),
						l.user() == null ? "?" : l.user(), l.what(), l.project() == null ? "" : l.project(),
						l.subject() == null ? "" : l.subject(), l.detail() == null ? "" : l.detail() }).strip());
			}
		} catch (StoreException e) {
			throw StoreAccess.failure(e);
		}
		return 0;
	}

	private static Map<String, Object> json(AuditTrail.Line l) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("at", l.at().toString());
		m.put("user", l.user());
		m.put("kind", l.act() ? "act" : "change");
		m.put(l.act() ? "action" : "change", l.code());
		m.put("project", l.project());
		m.put("subject", l.subject());
		if (l.act()) {
			m.put("reason", l.detail());
		} else {
			m.put("fields", l.fields());
		}
		return m;
	}
}
