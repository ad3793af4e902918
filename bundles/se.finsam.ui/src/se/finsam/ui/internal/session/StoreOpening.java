package se.finsam.ui.internal.session;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import se.finsam.store.Store;
import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;
import se.finsam.store.WrongKeyException;
import se.finsam.ui.internal.Messages;

/**
 * How the workbench gets into its database. A new data location: the user chooses the database password (and may
 * save a recovery key). An existing one: she types it, or gives the recovery key; a wrong one is asked for again
 * with the reason, cancelling ends the opening with a message the navigator shows beside "Försök igen". The key is
 * derived from the password (the same password opens the database from the command line); FINSAM_KEY, when set,
 * goes first (administrators, tests, benchmarks).
 */
public final class StoreOpening {

	/** Where the password comes from: the dialog, or a test. A null answer means the user cancelled. */
	public interface Prompt {
		StoreKey create(Path dataLocation);

		StoreKey enter(Path dataLocation, String problem);
	}

	private final StoreService stores;
	private final Prompt prompt;
	private final String fixedKey;

	/** @param fixedKey the key given by the environment (FINSAM_KEY), used without asking; null to ask */
	public StoreOpening(StoreService stores, Prompt prompt, String fixedKey) {
		this.stores = stores;
		this.prompt = prompt;
		this.fixedKey = fixedKey;
	}

	public Store open(Path data) {
		if (fixedKey != null && !fixedKey.isBlank()) {
			return stores.open(data, StoreKey.fromText(fixedKey));
		}
		if (!stores.exists(data)) {
			StoreKey key = prompt.create(data);
			if (key == null) {
				throw new StoreException(Messages.Session_noPasswordChosen);
			}
			return stores.open(data, key);
		}
		String problem = null;
		while (true) {
			StoreKey key = prompt.enter(data, problem);
			if (key == null) {
				throw new StoreException(NLS.bind(Messages.Session_noPassword, data));
			}
			try {
				return stores.open(data, key);
			} catch (WrongKeyException e) {
				problem = Messages.Session_wrongPassword;
			}
		}
	}
}
