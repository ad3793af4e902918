package se.finsam.cli;

import java.io.Console;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import se.finsam.cli.internal.Messages;
import se.finsam.model.Association;
import se.finsam.model.Project;
import se.finsam.store.AssociationSummary;
import se.finsam.store.ServerAddress;
import se.finsam.store.Store;
import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;

/**
 * How commands open the store, all alike: the key from {@code --key-file FILE}, else the environment variable
 * {@code FINSAM_KEY}, else a prompt when standard input is a terminal (never otherwise); store failures become one
 * readable line.
 */
public final class StoreAccess {

	public static final String KEY_FILE = "--key-file";
	public static final String KEY_VARIABLE = "FINSAM_KEY";
	public static final String ASSOCIATION = "--association";

	private StoreAccess() {
	}

	/**
	 * The store key; consumes {@code --key-file}. On a team server null when none is given: a user of the role
	 * {@code reader} holds none, and the server refuses any other role without it.
	 */
	public static StoreKey key(Arguments args, CommandContext context) throws CliException {
		Optional<String> file = args.option(KEY_FILE);
		try {
			if (file.isPresent()) {
				Path path = Path.of(file.get());
				if (!Files.isRegularFile(path)) {
					throw CliException.usage(NLS.bind(Messages.Store_noKeyFile, path));
				}
				return StoreKey.read(path);
			}
			String variable = System.getenv(KEY_VARIABLE);
			if (variable != null && !variable.isBlank()) {
				return StoreKey.fromText(variable);
			}
			Console console = System.console();
			if (context.interactive() && console != null) {
				char[] typed = console.readPassword(context.server() != null ? Messages.Store_teamKeyPrompt
						: Messages.Store_keyPrompt);
				if (typed != null && typed.length > 0) {
					return StoreKey.fromText(new String(typed));
				}
			}
		} catch (StoreException e) {
			throw new CliException(e.getMessage(), CliException.USAGE, null);
		}
		if (context.server() != null) {
			return null; // a reader holds no key; the server says whether her role needs one
		}
		throw CliException.usage(Messages.Store_noKey);
	}

	/** The store key where a command cannot do without one, even on a team server; consumes {@code --key-file}. */
	public static StoreKey requiredKey(Arguments args, CommandContext context) throws CliException {
		StoreKey key = key(args, context);
		if (key == null) {
			throw CliException.usage(Messages.Store_noKey);
		}
		return key;
	}

	/** Opens the store of the data location; says on stderr when opening it upgraded it (after a product update). */
	public static Store open(StoreService service, StoreKey key, CommandContext context) throws CliException {
		try {
			if (context.server() != null) {
				ServerAddress server = server(context);
				try {
					return service.open(server, password(server, context), key);
				} catch (StoreException e) { // wrong password, server down, not set up …: the user's to mend
					throw new CliException(e.getMessage(), CliException.USAGE, e);
				}
			}
			Store store = service.open(context.dataLocation(), key);
			store.upgradeAtOpen().ifPresent(u -> context.err().println(NLS.bind(Messages.Store_upgraded,
					new Object[] { u.from(), u.to(), u.backup() })));
			return store;
		} catch (StoreException e) {
			throw new CliException(e.getMessage(), e);
		}
	}

	/** The team server the command works on ({@code --server} or the setting); a usage error when malformed. */
	public static ServerAddress server(CommandContext context) throws CliException {
		try {
			return ServerAddress.parse(context.server());
		} catch (StoreException e) {
			throw CliException.usage(e.getMessage());
		}
	}

	/**
	 * The server user's password: {@code FINSAM_DB_PASSWORD}, else {@code ~/.pgpass}, else asked for when standard
	 * input is a terminal (never echoed); null when none is given (a server that trusts this computer needs none,
	 * any other says the login was refused).
	 */
	public static char[] password(ServerAddress server, CommandContext context) {
		java.util.Optional<char[]> stored = server.storedPassword(System.getenv(), Path.of(System.getProperty(
				"user.home")));
		if (stored.isPresent()) {
			return stored.get();
		}
		Console console = System.console();
		if (context.interactive() && console != null) {
			char[] typed = console.readPassword(NLS.bind(Messages.Store_passwordPrompt, server.user(), server.host()));
			return typed == null || typed.length == 0 ? null : typed;
		}
		return null;
	}

	/**
	 * The association a command works on: the one named by {@code --association NAME|ID} (read it with
	 * {@code args.option(StoreAccess.ASSOCIATION)} before the positionals), or the only one there is.
	 */
	public static Association association(Store store, Optional<String> wanted) throws CliException {
		List<AssociationSummary> all = store.associations();
		if (all.isEmpty()) {
			throw new CliException(Messages.Store_empty);
		}
		AssociationSummary chosen;
		if (wanted.isPresent()) {
			List<AssociationSummary> byId = all.stream().filter(a -> a.id().equals(wanted.get().strip())).toList();
			List<AssociationSummary> matching = byId.isEmpty()
					? all.stream().filter(a -> a.name().equalsIgnoreCase(wanted.get().strip())).toList()
					: byId;
			if (matching.isEmpty()) {
				throw CliException.usage(NLS.bind(Messages.Store_noSuchAssociation, wanted.get(), names(all)));
			}
			if (matching.size() > 1) { // look-alikes are told apart by id, never picked at random
				throw CliException.usage(NLS.bind(Messages.Store_ambiguousAssociation, wanted.get(), names(matching)));
			}
			chosen = matching.get(0);
		} else if (all.size() == 1) {
			chosen = all.get(0);
		} else {
			throw CliException.usage(NLS.bind(Messages.Store_whichAssociation, names(all)));
		}
		return store.loadAssociation(chosen.id());
	}

	/**
	 * The project with this diarienummer in the association, its content (participants, budget, reports) loaded.
	 */
	public static Project project(Store store, Association association, String diarienummer) throws CliException {
		Project project = header(association, diarienummer);
		store.loadContent(project);
		return project;
	}

	/** The project with its own fields only (its content not loaded): what a team server's reader may open. */
	public static Project header(Association association, String diarienummer) throws CliException {
		return association.getProjects().stream().filter(p -> diarienummer.strip().equals(p.getDiarienummer()))
				.findFirst().orElseThrow(() -> new CliException(
						NLS.bind(Messages.List_noProject, diarienummer, association.getName())));
	}

	/** Turns a store failure into a command failure with the store's message. */
	public static CliException failure(StoreException e) {
		if (e instanceof se.finsam.store.RoleRefusedException) { // the server's refusal of her role: exit 2
			return new CliException(e.getMessage(), CliException.USAGE, e);
		}
		return new CliException(e.getMessage(), e);
	}

	private static String names(List<AssociationSummary> all) {
		boolean twins = all.stream().map(a -> a.name().toLowerCase(java.util.Locale.ROOT)).distinct().count() < all.size();
		return String.join(", ", all.stream().map(a -> "\"" + a.name() + "\"" + (twins ? " (id " + a.id() + ")" : ""))
				.toList());
	}
}
