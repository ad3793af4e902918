package se.finsam.privacy.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.finsam.cli.Arguments;
import se.finsam.cli.CliCommand;
import se.finsam.cli.CliException;
import se.finsam.cli.CommandContext;
import se.finsam.cli.StoreAccess;
import se.finsam.privacy.PersonRegister;
import se.finsam.store.PersonRecord;
import se.finsam.store.Store;
import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;

/**
 * {@code ./finsam person --pnr PNR [--extract FILE] [--erase] [--withdraw-consent]}: where a person is registered,
 * an extract of her data, the erasure of her identity, her consent withdrawn. The personnummer is never printed.
 */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=person")
public class PersonCommand implements CliCommand {

	@Reference
	private StoreService stores;

	@Override
	public String name() {
		return "person";
	}

	@Override
	public String summary() {
		return Messages.Person_summary;
	}

	@Override
	public String usage() {
		return Messages.Person_usage;
	}

	@Override
	public int run(Arguments args, CommandContext context) throws CliException {
		StoreKey key = StoreAccess.key(args, context);
		String pnr = args.required("--pnr");
		Optional<String> extract = args.option("--extract");
		boolean erase = args.flag("--erase");
		boolean withdraw = args.flag("--withdraw-consent");
		args.done();
		try {
			PersonRegister.check(pnr);
		} catch (IllegalArgumentException e) {
			throw CliException.usage(e.getMessage());
		}
		if (erase && withdraw) {
			throw CliException.usage(Messages.Person_eraseOrWithdraw);
		}
		Path file = extract.map(Path::of).orElse(null);
		if (file != null && !file.getFileName().toString().matches("(?i).+\\.(pdf|json)")) {
			throw CliException.usage(NLS.bind(Messages.Person_extractFormat, file.getFileName()));
		}
		String user = System.getProperty("user.name");
		try (Store store = StoreAccess.open(stores, key, context)) {
			List<PersonRecord> found = PersonRegister.find(store, pnr, user);
			if (found.isEmpty()) {
				context.out().println(Messages.Person_none);
			}
			for (PersonRecord r : found) {
				context.out().println(NLS.bind(Messages.Person_registered, new Object[] { r.associationName(),
						r.diarienummer(), r.projectName(), r.code() }));
			}
			if (file != null) {
				PersonRegister.extract(store, pnr, user, LocalDate.now(), file);
				context.out().println(NLS.bind(Messages.Person_extractWritten, file));
			}
			if (erase || withdraw) {
				int n = erase ? PersonRegister.erase(store, pnr, user, LocalDate.now())
						: PersonRegister.withdrawConsent(store, pnr, user, LocalDate.now());
				context.out().println(NLS.bind(erase ? Messages.Person_erased : Messages.Person_withdrawn, n));
			}
		} catch (StoreException e) {
			throw StoreAccess.failure(e);
		} catch (IOException e) {
			throw new CliException(NLS.bind(Messages.Person_extractFailed, file, e.getMessage()), e);
		}
		return 0;
	}
}
