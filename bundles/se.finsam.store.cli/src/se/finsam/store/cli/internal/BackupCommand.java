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
import se.finsam.store.BackupVerification;
import se.finsam.store.Store;
import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;

/**
 * {@code ./finsam backup --to DIR}: an online backup, still encrypted, with a manifest of its files;
 * {@code ./finsam backup --verify DIR}: checks one as a restore would, without touching the store.
 */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=backup")
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
		if (context.server() != null) {
			throw CliException.usage(NLS.bind(Messages.Store_serverBackup, context.server()));
		}
		StoreKey key = StoreAccess.key(args, context);
		java.util.Optional<String> verify = args.option("--verify");
		if (verify.isPresent()) {
			args.done();
			return verify(Path.of(verify.get()), key, context);
		}
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

	private int verify(Path backup, StoreKey key, CommandContext context) throws CliException {
		try {
			long start = System.nanoTime();
			BackupVerification v = stores.verifyBackup(context.dataLocation(), backup, key);
			String seconds = se.finsam.core.Formats.decimal(java.math.BigDecimal.valueOf(
					(System.nanoTime() - start) / 1_000_000, 3));
			context.out().println(NLS.bind(v.manifest() ? Messages.Backup_verified : Messages.Backup_verifiedNoManifest,
					new Object[] { backup, v.files(), v.tables(), seconds }));
			return 0;
		} catch (StoreException e) {
			throw StoreAccess.failure(e);
		}
	}
}
