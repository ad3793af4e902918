package se.finsam.store.cli.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.finsam.cli.Arguments;
import se.finsam.cli.CliCommand;
import se.finsam.cli.CliException;
import se.finsam.cli.CommandContext;
import se.finsam.cli.StoreAccess;
import se.finsam.store.ServerAddress;
import se.finsam.store.ServerAdministration;
import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;

/**
 * {@code ./finsam --server URI admin init|upgrade|user …}: the database owner sets up a förbund's team server,
 * brings it to a new version's schema after the product was updated (clients never change the schema), and keeps
 * its users.
 */
@Component(service = CliCommand.class)
public class AdminCommand implements CliCommand {

	@Reference
	private StoreService stores;
	@Reference
	private ServerAdministration admin;

	@Override
	public String name() {
		return "admin";
	}

	@Override
	public String summary() {
		return Messages.Admin_summary;
	}

	@Override
	public String usage() {
		return Messages.Admin_usage;
	}

	@Override
	public int run(Arguments args, CommandContext context) throws CliException {
		String what = args.next().orElse("");
		if (!List.of("init", "upgrade", "user").contains(what)) {
			throw CliException.usage(Messages.Admin_what);
		}
		if (context.server() == null) {
			throw CliException.usage(Messages.Admin_noServer);
		}
		ServerAddress server = StoreAccess.server(context);
		try {
			if (what.equals("user")) {
				return new AdminUsers(admin, server, context).run(args);
			}
			StoreKey key = StoreAccess.key(args, context);
			args.done();
			int before = admin.initialize(server, StoreAccess.password(server, context), key);
			if (before == stores.schemaVersion() || (what.equals("init") && before > 0)) {
				context.out().println(NLS.bind(Messages.Admin_alreadyInitialized, server, before));
			} else if (before == 0) {
				context.out().println(NLS.bind(Messages.Admin_initialized, server));
			} else {
				context.out().println(NLS.bind(Messages.Admin_upgraded, server, before));
			}
			return 0;
		} catch (StoreException e) { // the server's refusal: wrong password, not allowed, not ours …
			throw new CliException(e.getMessage(), CliException.USAGE, e);
		}
	}
}
