package se.finsam.store.cli.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.finsam.cli.Arguments;
import se.finsam.cli.CliCommand;
import se.finsam.cli.CliException;
import se.finsam.cli.CommandContext;
import se.finsam.cli.StoreAccess;
import se.finsam.cli.Table;
import se.finsam.store.ServerAddress;
import se.finsam.store.ServerAdministration;
import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;
import se.finsam.store.TableCheck;

/**
 * {@code ./finsam --server URI admin init|upgrade|user …|migrate|export}: the database owner sets up a förbund's team server,
 * brings it to a new version's schema after the product was updated (clients never change the schema), keeps
 * its users, and moves a data directory's store onto it or back.
 */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=admin")
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
		if (!List.of("init", "upgrade", "user", "migrate", "export").contains(what)) {
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
			if (what.equals("migrate") || what.equals("export")) {
				return copy(what, server, args, context);
			}
			StoreKey key = StoreAccess.requiredKey(args, context);
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

	/** {@code migrate --from DATA_DIR} and {@code export --to DATA_DIR}, with each table's rows and checksum. */
	private int copy(String what, ServerAddress server, Arguments args, CommandContext context) throws CliException {
		boolean migrate = what.equals("migrate");
		Path folder = Path.of(args.required(migrate ? "--from" : "--to"));
		StoreKey key = StoreAccess.requiredKey(args, context);
		args.done();
		char[] password = StoreAccess.password(server, context);
		List<TableCheck> checks = migrate ? admin.migrate(server, password, folder, key)
				: admin.export(server, password, folder, key);
		Table table = new Table(Messages.Admin_table, Messages.Admin_rows, Messages.Admin_checksum).alignRight(1);
		checks.forEach(t -> table.row(t.table(), t.rows(), t.checksum().substring(0, 16)));
		table.print(context.out());
		context.out().println(NLS.bind(migrate ? Messages.Admin_migrated : Messages.Admin_exported, folder, server));
		return 0;
	}
}
