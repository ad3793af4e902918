package se.finsam.store.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

import se.finsam.cli.Arguments;
import se.finsam.cli.CliCommand;
import se.finsam.cli.CliException;
import se.finsam.cli.CommandContext;
import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;

/**
 * {@code ./finsam key --new FILE}: a new random key file (readable by its owner only);
 * {@code ./finsam key --designer BACKUP}: the connection URL a report designer needs for a backup copy.
 */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=key")
public class KeyCommand implements CliCommand {

	@Override
	public String name() {
		return "key";
	}

	@Override
	public String summary() {
		return Messages.Key_summary;
	}

	@Override
	public String usage() {
		return Messages.Key_usage;
	}

	@Override
	public int run(Arguments args, CommandContext context) throws CliException {
		java.util.Optional<String> designer = args.option("--designer");
		if (designer.isPresent()) {
			StoreKey key = se.finsam.cli.StoreAccess.key(args, context);
			args.done();
			Path backup = Path.of(designer.get()).toAbsolutePath().normalize();
			Path database = backup.resolve("finsam");
			if (!Files.isRegularFile(database.resolve("service.properties"))) {
				throw CliException.usage(NLS.bind(Messages.Key_notABackup, backup));
			}
			try {
				// Derby's boot password is derived from the key (with the backup's own salt for a password).
				context.out().println("jdbc:derby:" + database + ";bootPassword=" + key.forBackup(backup).bootPassword());
			} catch (StoreException e) {
				throw new CliException(e.getMessage(), e);
			}
			context.err().println(Messages.Key_designerWarning);
			return 0;
		}
		Path file = Path.of(args.required("--new"));
		args.done();
		if (Files.exists(file)) {
			throw new CliException(NLS.bind(Messages.Key_exists, file));
		}
		try {
			StoreKey.generate().write(file);
		} catch (StoreException e) {
			throw new CliException(e.getMessage(), e);
		}
		context.out().println(NLS.bind(Messages.Key_written, file));
		return 0;
	}
}
