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
import se.finsam.store.Store;
import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;

/** {@code ./finsam backup --to DIR}: an online backup, still encrypted. */
@Component(service = CliCommand.class)
public class BackupCommand implements CliCommand {

	@Reference
	private StoreService stores;

	@Override
	public String name() {
		return "backup";
	}

	@Override
	public String summary() {
		return Messages.Backup_summary;
	}

	@Override
	public String usage() {
		return Messages.Backup_usage;
	}

	@Override
	public int run(Arguments args, CommandContext context) throws CliException {
		StoreKey key = StoreAccess.key(args, context);
		Path to = Path.of(args.required("--to"));
		args.done();
		if (!stores.exists(context.dataLocation())) {
			throw new CliException(NLS.bind(Messages.Store_nothing, context.dataLocation()));
		}
		try (Store store = StoreAccess.open(stores, key, context)) {
			Path backup = store.backup(to);
			context.out().println(NLS.bind(Messages.Backup_done, backup));
		} catch (StoreException e) {
			throw StoreAccess.failure(e);
		}
		return 0;
	}
}
