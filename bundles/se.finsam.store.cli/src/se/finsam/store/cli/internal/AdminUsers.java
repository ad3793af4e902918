package se.finsam.store.cli.internal;

import java.io.Console;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import se.finsam.cli.Arguments;
import se.finsam.cli.CliException;
import se.finsam.cli.CommandContext;
import se.finsam.cli.Json;
import se.finsam.cli.StoreAccess;
import se.finsam.cli.Table;
import se.finsam.store.ServerAddress;
import se.finsam.store.ServerAdministration;
import se.finsam.store.TeamRole;
import se.finsam.store.TeamUser;

/** {@code admin user add|list|remove}: a team server's users, kept by its owner. */
final class AdminUsers {

	/** The new user's password when there is no terminal to ask on; never echoed or logged. */
	static final String NEW_PASSWORD = "FINSAM_NEW_PASSWORD";

	private final ServerAdministration admin;
	private final ServerAddress server;
	private final CommandContext context;

	AdminUsers(ServerAdministration admin, ServerAddress server, CommandContext context) {
		this.admin = admin;
		this.server = server;
		this.context = context;
	}

	int run(Arguments args) throws CliException {
		String verb = args.next().orElse("");
		switch (verb) {
		case "add" -> {
			String name = name(args);
			String role = args.required("--role");
			Optional<String> projects = args.option("--projects");
			args.done();
			TeamRole parsed = TeamRole.parse(role);
			if (parsed == null) {
				throw CliException.usage(NLS.bind(Messages.AdminUser_badRole, role));
			}
			char[] password = newPassword(name);
			try {
				admin.addUser(server, StoreAccess.password(server, context), name, parsed, password,
						projects.map(p -> Arrays.stream(p.split(",")).map(String::strip).filter(x -> !x.isEmpty())
								.toList()).orElse(List.of()));
			} finally {
				Arrays.fill(password, '\0');
			}
			context.out().println(NLS.bind(Messages.AdminUser_added, new Object[] { name, parsed.id(), server }));
		}
		case "list" -> {
			boolean json = args.flag("--json");
			args.done();
			print(admin.users(server, StoreAccess.password(server, context)), json);
		}
		case "remove" -> {
			String name = name(args);
			args.done();
			admin.removeUser(server, StoreAccess.password(server, context), name);
			context.out().println(NLS.bind(Messages.AdminUser_removed, name, server));
		}
		default -> throw CliException.usage(Messages.Admin_what);
		}
		return 0;
	}

	private static String name(Arguments args) throws CliException {
		return args.next().orElseThrow(() -> CliException.usage(Messages.Admin_what));
	}

	/** FINSAM_NEW_PASSWORD, else asked twice on the terminal; never an argument (it would stay in the history). */
	private char[] newPassword(String name) throws CliException {
		String variable = System.getenv(NEW_PASSWORD);
		if (variable != null && !variable.isEmpty()) {
			return variable.toCharArray();
		}
		Console console = System.console();
		if (!context.interactive() || console == null) {
			throw CliException.usage(Messages.AdminUser_noPassword);
		}
		char[] first = console.readPassword(NLS.bind(Messages.AdminUser_passwordPrompt, name));
		char[] again = console.readPassword(Messages.AdminUser_passwordAgain);
		if (first == null || again == null || !Arrays.equals(first, again)) {
			throw CliException.usage(Messages.AdminUser_passwordsDiffer);
		}
		Arrays.fill(again, '\0');
		return first;
	}

	private void print(List<TeamUser> users, boolean json) {
		if (json) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (TeamUser u : users) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("name", u.name());
				row.put("role", u.role().id());
				row.put("projects", u.projects());
				rows.add(row);
			}
			context.out().println(Json.write(rows));
			return;
		}
		Table table = new Table(Messages.AdminUser_name, Messages.AdminUser_role, Messages.AdminUser_projects);
		users.forEach(u -> table.row(u.name(), u.role().id(), String.join(", ", u.projects())));
		table.print(context.out());
	}
}
