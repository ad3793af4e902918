package se.finsam.ui.internal.session;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import se.finsam.store.LoginRefusedException;
import se.finsam.store.ServerAddress;
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
 * goes first (administrators, tests, benchmarks), and when it does not open the database the password is asked for
 * with that reason.
 */
public final class StoreOpening {

	/** Where the password comes from: the dialog, or a test. A null answer means the user cancelled. */
	public interface Prompt {
		StoreKey create(Path dataLocation);

		StoreKey enter(Path dataLocation, String problem);

		/**
		 * A team server's login: the server password when {@code password}, the förbund's key when {@code key}
		 * (each null in the answer when not asked); null when cancelled.
		 */
		default ServerLogin login(ServerAddress server, boolean password, boolean key, String problem) {
			return null;
		}
	}

	/** What the login dialog gave: the server user's password and the förbund's key (null when not asked). */
	public record ServerLogin(char[] password, StoreKey key) {
	}

	private final StoreService stores;
	private final Prompt prompt;
	private final String fixedKey;
	private final String server;

	/** @param fixedKey the key given by the environment (FINSAM_KEY), tried before asking; null to ask */
	public StoreOpening(StoreService stores, Prompt prompt, String fixedKey) {
		this(stores, prompt, fixedKey, null);
	}

	/** @param server a team server chosen in the settings or with ./finsam --server; null for the data location */
	public StoreOpening(StoreService stores, Prompt prompt, String fixedKey, String server) {
		this.stores = stores;
		this.prompt = prompt;
		this.fixedKey = fixedKey;
		this.server = server;
	}

	public Store open(Path data) {
		if (server != null) {
			return openServer(ServerAddress.parse(server));
		}
		String problem = null;
		if (fixedKey != null && !fixedKey.isBlank()) {
			try {
				return stores.open(data, StoreKey.fromText(fixedKey));
			} catch (WrongKeyException e) {
				// Asked instead: "Försök igen" would otherwise meet the same refusal until the workbench restarts.
				problem = Messages.Session_wrongEnvironmentKey;
			}
		} else if (!stores.exists(data)) {
			StoreKey key = prompt.create(data);
			if (key == null) {
				throw new StoreException(Messages.Session_noPasswordChosen);
			}
			return stores.open(data, key);
		}
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

	/**
	 * A team server: the password from FINSAM_DB_PASSWORD or ~/.pgpass, else asked; the key from FINSAM_KEY, else
	 * asked with it. A refused login or a wrong key is asked for again with the reason; anything else (server down,
	 * not set up) ends the opening with its message beside "Försök igen".
	 */
	private Store openServer(ServerAddress address) {
		char[] password = address.storedPassword(System.getenv(), Path.of(System.getProperty("user.home")))
				.orElse(null);
		boolean storedPassword = password != null;
		StoreKey key = fixedKey != null && !fixedKey.isBlank() ? StoreKey.fromText(fixedKey) : null;
		boolean givenKey = key != null;
		String problem = null;
		boolean askPassword = !storedPassword;
		while (true) {
			if (askPassword || key == null) {
				ServerLogin login = prompt.login(address, askPassword, !givenKey, problem);
				if (login == null) {
					throw new StoreException(NLS.bind(Messages.Session_noLogin, address));
				}
				password = askPassword ? login.password() : password;
				key = givenKey ? key : login.key();
			}
			try {
				return stores.open(address, password, key);
			} catch (LoginRefusedException e) {
				if (storedPassword) {
					throw e; // the password of the environment or ~/.pgpass: mend it there
				}
				problem = e.getMessage();
			} catch (WrongKeyException e) {
				if (givenKey) {
					throw e;
				}
				problem = key == null ? e.getMessage() : Messages.Session_wrongTeamKey; // none given: her role needs it
				key = null;
			}
		}
	}
}
