package se.finsam.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.finsam.store.TeamRole;

/**
 * The roles of a team server, enforced by PostgreSQL itself: one group role per {@link TeamRole}
 * ({@code <database>_<role>}), table grants, and row-level security that gives a coordinator only the projects she is
 * assigned to ({@code FINSAM_ASSIGNMENT}) and everything that hangs on them. Idempotent: run at {@code admin init}
 * and again at every {@code admin upgrade}, so that new tables get their grants.
 */
final class TeamRoles {

	/** Where a power user's designs read: views that run with the owner's rights and hold no identities. */
	static final String DESIGN_SCHEMA = "finsam_design";
	static final String ASSIGNMENT = "FINSAM_ASSIGNMENT";
	private static final List<String> VIEWS = List.of("V_PROJECT", "V_PARTICIPANT", "V_BUDGET_YEAR", "V_OUTCOME");
	/** Rows of one project, and how a row finds its project among those the user may see. */
	private static final Map<String, String> PROJECT_ROWS = Map.of(
			"PROJECT", "ID IN (SELECT PROJECT_ID FROM " + ASSIGNMENT + ")",
			"PROJECT_PARTY", "PROJECT_ID IN (SELECT ID FROM PROJECT)",
			"PROJECT_PERIOD", "PROJECT_ID IN (SELECT ID FROM PROJECT)",
			"GOAL", "PROJECT_ID IN (SELECT ID FROM PROJECT)",
			"BUDGET_LINE", "PROJECT_ID IN (SELECT ID FROM PROJECT)",
			"BUDGET_AMOUNT", "LINE_ID IN (SELECT ID FROM BUDGET_LINE)",
			"FLAT_RATE", "PROJECT_ID IN (SELECT ID FROM PROJECT)",
			"DOCUMENT", "PROJECT_ID IN (SELECT ID FROM PROJECT)",
			"READER_FIGURES", "PROJECT_ID IN (SELECT ID FROM PROJECT)",
			"PARTICIPANT", "PROJECT_NO IN (SELECT NUM FROM PROJECT)");
	/** Shared by every project: read by all who work with projects. */
	private static final List<String> ASSOCIATION_ROWS = List.of("ASSOCIATION", "PARTY", "LOCAL_GROUP",
			"ATTRIBUTE_DEFINITION", "CODE_ENTRY", "SCHEMA_VERSION", PostgresEngine.KEY_TABLE);
	/**
	 * A reader's: projects, budgets and the figures published for her (small counts suppressed by the client),
	 * never a participant or a document about one.
	 */
	private static final List<String> READER_TABLES = List.of("PROJECT", "PROJECT_PARTY", "PROJECT_PERIOD", "GOAL",
			"BUDGET_LINE", "BUDGET_AMOUNT", "FLAT_RATE", "READER_FIGURES");

	/**
	 * Each project's number of participants as a reader may see it: with the owner's rights, and a count of one
	 * to four persons as null (shown "<5"), so that a small insats does not point at anyone.
	 */
	static final String COUNTS = "FINSAM_PARTICIPANT_COUNTS";

	private TeamRoles() {
	}

	/** The group role of a role in this database. */
	static String group(String database, TeamRole role) {
		return (database + "_" + role.id()).toLowerCase(Locale.ROOT);
	}

	static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	static void grant(Connection c, String database) throws SQLException {
		String admin = quote(group(database, TeamRole.ADMINISTRATOR));
		String evaluator = quote(group(database, TeamRole.EVALUATOR));
		String coordinator = quote(group(database, TeamRole.COORDINATOR));
		String reader = quote(group(database, TeamRole.READER));
		String designer = quote(group(database, TeamRole.DESIGNER));
		for (TeamRole role : TeamRole.values()) {
			if (!exists(c, group(database, role))) {
				run(c, "CREATE ROLE " + quote(group(database, role)) + " NOLOGIN");
			}
		}
		run(c, "CREATE TABLE IF NOT EXISTS " + ASSIGNMENT + " (USER_NAME TEXT NOT NULL DEFAULT CURRENT_USER, "
				+ "PROJECT_ID VARCHAR(36) NOT NULL REFERENCES PROJECT(ID) ON DELETE CASCADE, "
				+ "PRIMARY KEY (USER_NAME, PROJECT_ID))");
		// Who saved a project last, and when, set by the server (a stale save names them).
		run(c, "ALTER TABLE PROJECT ADD COLUMN IF NOT EXISTS SAVED_BY TEXT, ADD COLUMN IF NOT EXISTS SAVED_AT "
				+ "TIMESTAMP WITH TIME ZONE");
		run(c, "CREATE OR REPLACE FUNCTION FINSAM_SAVED() RETURNS TRIGGER LANGUAGE plpgsql AS $$ BEGIN "
				+ "NEW.SAVED_BY := SESSION_USER; NEW.SAVED_AT := CLOCK_TIMESTAMP(); RETURN NEW; END $$");
		run(c, "DROP TRIGGER IF EXISTS FINSAM_SAVED ON PROJECT");
		run(c, "CREATE TRIGGER FINSAM_SAVED BEFORE INSERT OR UPDATE ON PROJECT FOR EACH ROW EXECUTE FUNCTION "
				+ "FINSAM_SAVED()");
		// Other clients learn of a save at its commit (LISTEN/NOTIFY): what, which, by whom, from which client.
		run(c, "CREATE OR REPLACE FUNCTION FINSAM_NOTIFY() RETURNS TRIGGER LANGUAGE plpgsql AS $$ BEGIN "
				+ "PERFORM pg_notify('" + PostgresEngine.CHANNEL + "', LOWER(TG_TABLE_NAME) || ' ' || "
				+ "CASE WHEN TG_OP = 'DELETE' THEN OLD.ID ELSE NEW.ID END || ' ' || SESSION_USER || ' ' || "
				+ "current_setting('application_name')); RETURN NULL; END $$");
		for (String table : List.of("PROJECT", "ASSOCIATION")) {
			run(c, "DROP TRIGGER IF EXISTS FINSAM_NOTIFY ON " + table);
			run(c, "CREATE TRIGGER FINSAM_NOTIFY AFTER INSERT OR UPDATE OR DELETE ON " + table
					+ " FOR EACH ROW EXECUTE FUNCTION FINSAM_NOTIFY()");
		}
		run(c, "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC");
		run(c, "GRANT USAGE ON SCHEMA public TO " + String.join(", ", admin, evaluator, coordinator, reader));
		run(c, "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + admin + ", " + evaluator + ", "
				+ coordinator);

		// Administrators and evaluators: every row; the schema's own tables read-only.
		run(c, "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + admin + ", " + evaluator);
		run(c, "REVOKE INSERT, UPDATE, DELETE ON SCHEMA_VERSION, " + PostgresEngine.KEY_TABLE + " FROM " + admin + ", "
				+ evaluator);
		run(c, "REVOKE INSERT, UPDATE, DELETE ON CODE_ENTRY, " + ASSIGNMENT + " FROM " + evaluator);
		// Coordinators: the association's shared rows to read, their projects' rows to read and write.
		run(c, "GRANT SELECT ON " + String.join(", ", ASSOCIATION_ROWS) + ", " + ASSIGNMENT + ", BACKUP_LOG TO "
				+ coordinator);
		run(c, "GRANT SELECT, INSERT, UPDATE, DELETE ON " + String.join(", ", PROJECT_ROWS.keySet()) + " TO "
				+ coordinator);
		run(c, "GRANT INSERT ON AUDIT TO " + coordinator);
		// Readers: projects and budgets.
		run(c, "GRANT SELECT ON " + String.join(", ", ASSOCIATION_ROWS) + ", " + String.join(", ", READER_TABLES)
				+ " TO " + reader);

		run(c, "CREATE OR REPLACE FUNCTION " + COUNTS + "() RETURNS TABLE (PROJECT_ID VARCHAR, PARTICIPANTS INTEGER) "
				+ "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$ SELECT P.ID, "
				+ "CAST(CASE WHEN N.N BETWEEN 1 AND " + (se.finsam.store.ProjectSummary.SMALLEST_SHOWN - 1)
				+ " THEN NULL ELSE N.N END AS INTEGER) FROM PROJECT P CROSS JOIN LATERAL (SELECT COUNT(*) AS N FROM "
				+ "PARTICIPANT X WHERE X.PROJECT_NO = P.NUM) N $$");
		run(c, "REVOKE ALL ON FUNCTION " + COUNTS + "() FROM PUBLIC");
		run(c, "GRANT EXECUTE ON FUNCTION " + COUNTS + "() TO " + reader);

		for (Map.Entry<String, String> table : PROJECT_ROWS.entrySet()) {
			String t = table.getKey();
			run(c, "ALTER TABLE " + t + " ENABLE ROW LEVEL SECURITY");
			policy(c, t, "finsam_all", "ALL", admin + ", " + evaluator, "true");
			policy(c, t, "finsam_assigned", "ALL", coordinator, table.getValue());
			if (READER_TABLES.contains(t)) {
				policy(c, t, "finsam_read", "SELECT", reader, "true");
			}
		}
		run(c, "ALTER TABLE " + ASSIGNMENT + " ENABLE ROW LEVEL SECURITY");
		policy(c, ASSIGNMENT, "finsam_all", "ALL", admin + ", " + evaluator, "true");
		policy(c, ASSIGNMENT, "finsam_own", "SELECT", coordinator, "USER_NAME = CURRENT_USER");

		// The documented views answer as their reader: a coordinator's reports see her projects only.
		for (String view : VIEWS) {
			run(c, "ALTER VIEW " + view + " SET (security_invoker = true)");
		}
		run(c, "GRANT SELECT ON " + String.join(", ", VIEWS) + " TO " + admin + ", " + evaluator + ", " + coordinator);
		// A designer reads only twins of the views in a schema of their own, with the owner's rights (a view over
		// the invoker's views would check the designer's rights on the tables).
		run(c, "CREATE SCHEMA IF NOT EXISTS " + DESIGN_SCHEMA);
		for (String view : VIEWS) {
			String definition;
			try (PreparedStatement s = c.prepareStatement("SELECT pg_get_viewdef(CAST(? AS regclass), true)")) {
				s.setString(1, "public." + view);
				try (ResultSet rs = s.executeQuery()) {
					rs.next();
					definition = rs.getString(1);
				}
			}
			run(c, "DROP VIEW IF EXISTS " + DESIGN_SCHEMA + "." + view);
			run(c, "CREATE VIEW " + DESIGN_SCHEMA + "." + view + " AS " + definition);
		}
		TeamAudit.install(c, database);
		run(c, "GRANT USAGE ON SCHEMA " + DESIGN_SCHEMA + " TO " + designer);
		run(c, "GRANT SELECT ON ALL TABLES IN SCHEMA " + DESIGN_SCHEMA + " TO " + designer);
	}

	private static void policy(Connection c, String table, String name, String command, String roles, String rows)
			throws SQLException {
		run(c, "DROP POLICY IF EXISTS " + name + " ON " + table);
		run(c, "CREATE POLICY " + name + " ON " + table + " FOR " + command + " TO " + roles + " USING (" + rows + ")"
				+ (command.equals("SELECT") ? "" : " WITH CHECK (" + rows + ")"));
	}

	static boolean exists(Connection c, String role) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
			s.setString(1, role);
			try (ResultSet rs = s.executeQuery()) {
				return rs.next();
			}
		}
	}

	static void run(Connection c, String sql) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}
}
