package se.finsam.store.cli.internal;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.finsam.cli.Arguments;
import se.finsam.cli.CliCommand;
import se.finsam.cli.CliException;
import se.finsam.cli.CommandContext;
import se.finsam.cli.StoreAccess;
import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;

/** {@code ./finsam restore --from DIR}: replaces the database by a backup; the old one is kept aside. */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=restore")
public class RestoreCommand implements CliCommand {

	@Reference
	private StoreService stores;

	@Override
	public String name() {
		return "restore";
	}

	@Override
	public String summary() {
		return Messages.Restore_summary;
	}

	@Override
	public String usage() {
		return Messages.Restore_usage;
	}

	@Override
	public int run(Arguments args, CommandContext context) throws CliException {
		if (context.server() != null) {
			throw CliException.usage(NLS.bind(Messages.Store_serverBackup, context.server()));
		}
		StoreKey key = StoreAccess.key(args, context);
		Path from = Path.of(args.required("--from"));
		args.done();
		try {
			Path aside = stores.restore(context.dataLocation(), from, key);
			context.out().println(NLS.bind(Messages.Restore_done, from, context.dataLocation()));
			if (aside != null) {
				context.out().println(NLS.bind(Messages.Restore_aside, aside));
			}
		} catch (StoreException e) {
			throw StoreAccess.failure(e);
		}
		return 0;
	}
}
