package se.finsam.store;

import java.util.Locale;

/**
 * What a user of a team server may do, enforced by the server (grants and row-level security), never by the
 * client: a user with psql and her own password gets no more than the workbench shows her.
 */
public enum TeamRole {
	/** Users and roles, code lists, templates' settings; sees everything. */
	ADMINISTRATOR,
	/** Reads and writes every project of the association, writes reports and evaluations. */
	EVALUATOR,
	/** Reads and writes only the projects she is assigned to, and their participants. */
	COORDINATOR,
	/** Projects and budgets; never a participant row. */
	READER,
	/** Read-only on the documented views (no identities), for BIRT designs connecting directly. */
	DESIGNER;

	/** The name used on the command line and in the server's group roles: administrator, evaluator, … */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The role with this {@link #id()}, or null. */
	public static TeamRole parse(String id) {
		for (TeamRole r : values()) {
			if (r.id().equals(id == null ? "" : id.strip().toLowerCase(Locale.ROOT))) {
				return r;
			}
		}
		return null;
	}
}
