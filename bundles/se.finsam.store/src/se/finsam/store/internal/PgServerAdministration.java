package se.finsam.store.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.postgresql.PGConnection;

import se.finsam.store.ServerAddress;
import se.finsam.store.ServerAdministration;
import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;
import se.finsam.store.TableCheck;
import se.finsam.store.TeamRole;
import se.finsam.store.TeamUser;

/** {@link ServerAdministration} on PostgreSQL; a DS component. */
@Component(service = ServerAdministration.class)
public class PgServerAdministration implements ServerAdministration {

	/** A migrated store's projects get their readers' figures at once (see {@link JdbcStoreService}). */
	@org.osgi.service.component.annotations.Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
			policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
	private volatile se.finsam.store.FiguresForReaders figures;

	/** Login names as a server administrator types them: no quoting surprises. */
	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_.-]{0,62}");
	private static final int MIN_PASSWORD = 12;

	@Override
	public int initialize(ServerAddress server, char[] password, StoreKey key) {
		return PostgresEngine.initialize(server, password, key);
	}

	@Override
	public List<TableCheck> migrate(ServerAddress server, char[] password, Path dataLocation, StoreKey key) {
		Path location = dataLocation.toAbsolutePath().normalize();
		if (!Database.exists(location)) {
			throw new StoreException(NLS.bind(Messages.Copy_noSource, location));
		}
		try (JdbcStore from = DerbyEngine.open(location, key);
				JdbcStore to = PostgresEngine.open(server, password, key).publishing(() -> figures)) {
			return StoreCopy.copy(from, to);
		}
	}

	@Override
	public List<TableCheck> export(ServerAddress server, char[] password, Path dataLocation, StoreKey key) {
		Path location = dataLocation.toAbsolutePath().normalize();
		if (Database.exists(location) || Files.exists(location.resolve("db"))) {
			throw new StoreException(NLS.bind(Messages.Copy_exists, location));
		}
		try (JdbcStore from = PostgresEngine.open(server, password, key)) {
			boolean done = false;
			try {
				List<TableCheck> checks;
				try (JdbcStore to = DerbyEngine.open(location, key)) {
					checks = StoreCopy.copy(from, to);
				}
				done = true;
				return checks;
			} finally {
				if (!done) {
					try {
						StoreFiles.deleteTree(location.resolve("db"));
					} catch (java.io.IOException e) {
						// said by the failure itself; the half-made store is empty
					}
				}
			}
		}
	}

	@Override
	public void addUser(ServerAddress server, char[] password, String name, TeamRole role, char[] newPassword,
			List<String> diarienummer) {
		String login = checkedName(name);
		if (role != TeamRole.COORDINATOR && !diarienummer.isEmpty()) {
			throw new StoreException(Messages.Team_projectsForCoordinators);
		}
		if (newPassword == null || newPassword.length < MIN_PASSWORD) {
			throw new StoreException(NLS.bind(Messages.Team_shortPassword, MIN_PASSWORD));
		}
		inTransaction(server, password, c -> {
			if (TeamRoles.exists(c, login)) {
				throw new StoreException(NLS.bind(Messages.Team_userExists, login, server));
			}
			List<String> projects = new ArrayList<>();
			for (String dnr : diarienummer) {
				projects.addAll(projectIds(c, dnr.strip(), server));
			}
			TeamRoles.run(c, "CREATE ROLE " + TeamRoles.quote(login) + " LOGIN IN ROLE "
					+ TeamRoles.quote(TeamRoles.group(server.database(), role)));
			if (role == TeamRole.DESIGNER) {
				TeamRoles.run(c, "ALTER ROLE " + TeamRoles.quote(login) + " IN DATABASE " + TeamRoles.quote(
						server.database()) + " SET search_path = " + TeamRoles.DESIGN_SCHEMA);
			}
			// A SCRAM verifier computed here: the password itself never reaches the server or its log.
			// (on a copy: the driver wipes the array it is given)
			c.unwrap(PGConnection.class).alterUserPassword(login, newPassword.clone(), "scram-sha-256");
			try (PreparedStatement s = c.prepareStatement("INSERT INTO " + TeamRoles.ASSIGNMENT
					+ " (USER_NAME, PROJECT_ID) VALUES (?, ?)")) {
				for (String id : projects) {
					s.setString(1, login);
					s.setString(2, id);
					s.addBatch();
				}
				s.executeBatch();
			}
			return null;
		});
	}

	@Override
	public List<TeamUser> users(ServerAddress server, char[] password) {
		return inTransaction(server, password, c -> {
			Map<String, TeamRole> roles = new LinkedHashMap<>();
			try (PreparedStatement s = c.prepareStatement("SELECT M.ROLNAME, G.ROLNAME FROM PG_AUTH_MEMBERS A "
					+ "JOIN PG_ROLES G ON G.OID = A.ROLEID JOIN PG_ROLES M ON M.OID = A.MEMBER "
					+ "WHERE G.ROLNAME LIKE ? ORDER BY M.ROLNAME")) {
				s.setString(1, server.database().toLowerCase(java.util.Locale.ROOT).replace("_", "\\_") + "\\_%");
				try (ResultSet rs = s.executeQuery()) {
					while (rs.next()) {
						TeamRole role = role(server, rs.getString(2));
						if (role != null) {
							roles.put(rs.getString(1), role);
						}
					}
				}
			}
			Map<String, List<String>> projects = new LinkedHashMap<>();
			try (PreparedStatement s = c.prepareStatement("SELECT A.USER_NAME, P.DIARIENUMMER FROM "
					+ TeamRoles.ASSIGNMENT + " A JOIN PROJECT P ON P.ID = A.PROJECT_ID ORDER BY P.DIARIENUMMER");
					ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					projects.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
				}
			}
			List<TeamUser> users = new ArrayList<>();
			roles.forEach((user, role) -> users.add(new TeamUser(user, role, List.copyOf(projects.getOrDefault(user,
					List.of())))));
			return users;
		});
	}

	@Override
	public void removeUser(ServerAddress server, char[] password, String name) {
		String login = checkedName(name);
		inTransaction(server, password, c -> {
			if (users(c, server).stream().noneMatch(u -> u.equals(login))) {
				throw new StoreException(NLS.bind(Messages.Team_noSuchUser, login, server));
			}
			try (PreparedStatement s = c.prepareStatement("DELETE FROM " + TeamRoles.ASSIGNMENT
					+ " WHERE USER_NAME = ?")) {
				s.setString(1, login);
				s.executeUpdate();
			}
			TeamRoles.run(c, "DROP ROLE " + TeamRoles.quote(login));
			return null;
		});
	}

	private List<String> users(Connection c, ServerAddress server) throws SQLException {
		List<String> names = new ArrayList<>();
		for (TeamRole role : TeamRole.values()) {
			try (PreparedStatement s = c.prepareStatement("SELECT M.ROLNAME FROM PG_AUTH_MEMBERS A "
					+ "JOIN PG_ROLES G ON G.OID = A.ROLEID JOIN PG_ROLES M ON M.OID = A.MEMBER WHERE G.ROLNAME = ?")) {
				s.setString(1, TeamRoles.group(server.database(), role));
				try (ResultSet rs = s.executeQuery()) {
					while (rs.next()) {
						names.add(rs.getString(1));
					}
				}
			}
		}
		return names;
	}

	private static TeamRole role(ServerAddress server, String group) {
		for (TeamRole role : TeamRole.values()) {
			if (TeamRoles.group(server.database(), role).equals(group)) {
				return role;
			}
		}
		return null;
	}

	private static List<String> projectIds(Connection c, String dnr, ServerAddress server) throws SQLException {
		List<String> ids = new ArrayList<>();
		try (PreparedStatement s = c.prepareStatement("SELECT ID FROM PROJECT WHERE DIARIENUMMER = ?")) {
			s.setString(1, dnr);
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					ids.add(rs.getString(1));
				}
			}
		}
		if (ids.isEmpty()) {
			throw new StoreException(NLS.bind(Messages.Team_noSuchProject, dnr, server));
		}
		return ids;
	}

	private static String checkedName(String name) {
		String login = name == null ? "" : name.strip();
		if (!NAME.matcher(login).matches()) {
			throw new StoreException(NLS.bind(Messages.Team_badName, login));
		}
		return login;
	}

	private static <T> T inTransaction(ServerAddress server, char[] password, Jdbc.Work<T> work) {
		try (Connection c = PostgresEngine.connect(server, password)) {
			return Jdbc.transaction(c, work);
		} catch (SQLException e) {
			if ("42501".equals(e.getSQLState())) {
				throw new StoreException(NLS.bind(Messages.Team_notAllowed, server.user(), server), DatabaseErrors
						.sanitized(e));
			}
			throw DatabaseErrors.of(e);
		}
	}
}
