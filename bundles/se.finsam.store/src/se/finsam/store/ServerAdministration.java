package se.finsam.store;

import java.util.List;

/**
 * What the owner of a förbund's team server does ({@code ./finsam admin …}, an OSGi service): set the database up,
 * upgrade it, and keep its users. Each call connects as the given server user (the database's owner, or for users
 * a role allowed to create roles) and fails in one Swedish line, changing nothing.
 */
public interface ServerAdministration {

	/**
	 * An empty database gets the schema, the code lists, the förbund key's salt and check value, the group roles
	 * (one per {@link TeamRole}, named {@code <database>_<role>}) and the row-level security that binds them; one of
	 * an older version is migrated to this one. Refused for a database holding tables of something else, and for a
	 * key that does not open an initialized one.
	 *
	 * @return the schema version the database had (0 when it was empty)
	 */
	int initialize(ServerAddress server, char[] password, StoreKey key);

	/**
	 * Adds a login user in a role; a coordinator is assigned the projects with these diarienummer. The password is
	 * sent only as a SCRAM verifier computed here: the server and its log never see it.
	 */
	void addUser(ServerAddress server, char[] password, String name, TeamRole role, char[] newPassword,
			List<String> diarienummer);

	/** The users of the database's group roles, by name. */
	List<TeamUser> users(ServerAddress server, char[] password);

	/**
	 * Copies the store of a data directory (opened with its key) to the team server, which must be initialized and
	 * empty: every association with its projects, participants, budgets, reports and evaluations, and the audit log.
	 * Identities are sealed anew with the server's key. All or nothing: before the commit every table's rows are
	 * counted and checksummed on both sides. The data directory is not changed.
	 *
	 * @return each table's rows and checksum, the same on both sides
	 */
	List<TableCheck> migrate(ServerAddress server, char[] password, java.nio.file.Path dataLocation, StoreKey key);

	/**
	 * The way back (a förbund can always leave): everything on the team server copied into a new embedded store in
	 * an empty data directory, encrypted with the key, checked as {@link #migrate} is. On any failure the new
	 * database is removed.
	 */
	List<TableCheck> export(ServerAddress server, char[] password, java.nio.file.Path dataLocation, StoreKey key);

	/** Removes a user: her login and assignments go; what she recorded stays. */
	void removeUser(ServerAddress server, char[] password, String name);
}
