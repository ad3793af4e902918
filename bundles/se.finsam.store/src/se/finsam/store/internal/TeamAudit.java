package se.finsam.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import se.finsam.store.TeamRole;

/**
 * The team server's own audit trail: every insert, update and delete of projects, participants, budgets, reports
 * and evaluations is recorded by the server — who (her login), when, which table and row key, which fields; never a
 * value — in FINSAM_CHANGE_LOG, which no application role may change. Saves rewrite some tables whole (a budget,
 * the documents), so a row's events are first staged (as hashes of its values, never the values) and collapsed at
 * commit into what really changed. The owner's own bulk work (admin migrate) is not staged.
 */
final class TeamAudit {

	static final String LOG = "FINSAM_CHANGE_LOG";
	private static final String STAGE = "FINSAM_CHANGE_STAGE";
	private static final List<String> TABLES = List.of("PROJECT", "PARTICIPANT", "BUDGET_LINE", "BUDGET_AMOUNT",
			"FLAT_RATE", "DOCUMENT", "GOAL", "PROJECT_PERIOD", "PROJECT_PARTY");
	/** What every save changes and no one edits. */
	private static final String NOT_FIELDS = "'revision', 'row_hash', 'saved_by', 'saved_at', 'num', 'project_no', "
			+ "'association_no'";

	private TeamAudit() {
	}

	static void install(Connection c, String database) throws SQLException {
		String admin = TeamRoles.quote(TeamRoles.group(database, TeamRole.ADMINISTRATOR));
		String evaluator = TeamRoles.quote(TeamRoles.group(database, TeamRole.EVALUATOR));
		TeamRoles.run(c, "CREATE TABLE IF NOT EXISTS " + LOG + " (NUM BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
				+ "RECORDED_AT TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CLOCK_TIMESTAMP(), "
				+ "USER_NAME TEXT NOT NULL DEFAULT SESSION_USER, TABLE_NAME TEXT NOT NULL, OPERATION TEXT NOT NULL, "
				+ "ROW_KEY TEXT, PROJECT_ID TEXT, FIELDS TEXT)");
		TeamRoles.run(c, "CREATE UNLOGGED TABLE IF NOT EXISTS " + STAGE + " (TX BIGINT NOT NULL, "
				+ "SEQ BIGINT GENERATED ALWAYS AS IDENTITY, TABLE_NAME TEXT, ROW_KEY TEXT, PROJECT_ID TEXT, "
				+ "OLD_ROW JSONB, NEW_ROW JSONB)");
		TeamRoles.run(c, "CREATE INDEX IF NOT EXISTS FINSAM_CHANGE_STAGE_TX ON " + STAGE + " (TX)");
		TeamRoles.run(c, "REVOKE ALL ON " + LOG + ", " + STAGE + " FROM PUBLIC");
		TeamRoles.run(c, "REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON " + LOG + ", " + STAGE + ", AUDIT FROM " + admin
				+ ", " + evaluator);
		TeamRoles.run(c, "GRANT SELECT ON " + LOG + " TO " + admin + ", " + evaluator);
		TeamRoles.run(c, "GRANT INSERT ON AUDIT TO " + admin + ", " + evaluator);

		// Append-only, even for the owner's mistakes: no update, no delete, no truncate.
		TeamRoles.run(c, "CREATE OR REPLACE FUNCTION FINSAM_APPEND_ONLY() RETURNS TRIGGER LANGUAGE plpgsql AS $$ "
				+ "BEGIN RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = '42501'; END $$");
		for (String table : List.of(LOG, "AUDIT")) {
			TeamRoles.run(c, "DROP TRIGGER IF EXISTS FINSAM_APPEND_ONLY ON " + table);
			TeamRoles.run(c, "CREATE TRIGGER FINSAM_APPEND_ONLY BEFORE UPDATE OR DELETE ON " + table
					+ " FOR EACH ROW EXECUTE FUNCTION FINSAM_APPEND_ONLY()");
			TeamRoles.run(c, "DROP TRIGGER IF EXISTS FINSAM_NO_TRUNCATE ON " + table);
			TeamRoles.run(c, "CREATE TRIGGER FINSAM_NO_TRUNCATE BEFORE TRUNCATE ON " + table
					+ " FOR EACH STATEMENT EXECUTE FUNCTION FINSAM_APPEND_ONLY()");
		}
		// An act on personal data is recorded as the server knows her, whatever the client says.
		TeamRoles.run(c, "CREATE OR REPLACE FUNCTION FINSAM_AUDIT_USER() RETURNS TRIGGER LANGUAGE plpgsql AS $$ "
				+ "BEGIN IF SESSION_USER <> (SELECT tableowner FROM pg_tables WHERE schemaname = 'public' "
				+ "AND tablename = 'audit') THEN NEW.USER_NAME := SESSION_USER; END IF; RETURN NEW; END $$");
		TeamRoles.run(c, "DROP TRIGGER IF EXISTS FINSAM_AUDIT_USER ON AUDIT");
		TeamRoles.run(c, "CREATE TRIGGER FINSAM_AUDIT_USER BEFORE INSERT ON AUDIT FOR EACH ROW EXECUTE FUNCTION "
				+ "FINSAM_AUDIT_USER()");

		TeamRoles.run(c, "CREATE OR REPLACE FUNCTION FINSAM_STAGE() RETURNS TRIGGER LANGUAGE plpgsql SECURITY DEFINER "
				+ "SET search_path = public AS $$ "
				+ "DECLARE o JSONB; n JSONB; ko TEXT; kn TEXT; p TEXT; t TEXT := UPPER(TG_TABLE_NAME); "
				+ "BEGIN "
				+ "IF SESSION_USER = (SELECT tableowner FROM pg_tables WHERE schemaname = 'public' "
				+ "AND tablename = 'project') THEN RETURN NULL; END IF; "
				+ "IF TG_OP <> 'INSERT' THEN o := (SELECT jsonb_object_agg(key, md5(value::text)) "
				+ "FROM jsonb_each(to_jsonb(OLD))); ko := FINSAM_ROW_KEY(t, to_jsonb(OLD)); "
				+ "p := FINSAM_ROW_PROJECT(t, to_jsonb(OLD)); END IF; "
				+ "IF TG_OP <> 'DELETE' THEN n := (SELECT jsonb_object_agg(key, md5(value::text)) "
				+ "FROM jsonb_each(to_jsonb(NEW))); kn := FINSAM_ROW_KEY(t, to_jsonb(NEW)); "
				+ "p := FINSAM_ROW_PROJECT(t, to_jsonb(NEW)); END IF; "
				+ "IF TG_OP = 'UPDATE' AND ko IS DISTINCT FROM kn THEN "
				+ "INSERT INTO " + STAGE + " (TX, TABLE_NAME, ROW_KEY, PROJECT_ID, OLD_ROW, NEW_ROW) "
				+ "VALUES (txid_current(), t, ko, p, o, NULL); o := NULL; END IF; "
				+ "INSERT INTO " + STAGE + " (TX, TABLE_NAME, ROW_KEY, PROJECT_ID, OLD_ROW, NEW_ROW) "
				+ "VALUES (txid_current(), t, COALESCE(kn, ko), p, o, n); "
				+ "RETURN NULL; END $$");
		TeamRoles.run(c, "CREATE OR REPLACE FUNCTION FINSAM_ROW_KEY(t TEXT, r JSONB) RETURNS TEXT LANGUAGE sql "
				+ "IMMUTABLE AS $$ SELECT CASE t "
				+ "WHEN 'BUDGET_AMOUNT' THEN (r->>'line_id') || '/' || (r->>'budget_year') "
				+ "WHEN 'PROJECT_PARTY' THEN (r->>'project_id') || '/' || (r->>'party_id') "
				+ "WHEN 'FLAT_RATE' THEN (r->>'project_id') || '/' || (r->>'pos') "
				+ "WHEN 'GOAL' THEN (r->>'project_id') || '/' || (r->>'pos') "
				+ "WHEN 'PROJECT_PERIOD' THEN (r->>'project_id') || '/' || (r->>'pos') "
				// a participant's id is kept as its UTF-8 bytes since schema version 9 (JSON shows bytea as \x + hex)
				+ "WHEN 'PARTICIPANT' THEN COALESCE(r->>'id', CASE WHEN LEFT(r->>'id_utf8', 2) = '\\x' "
				+ "THEN CONVERT_FROM(DECODE(SUBSTR(r->>'id_utf8', 3), 'hex'), 'UTF8') ELSE r->>'id_utf8' END) "
				+ "ELSE r->>'id' END $$");
		TeamRoles.run(c, "CREATE OR REPLACE FUNCTION FINSAM_ROW_PROJECT(t TEXT, r JSONB) RETURNS TEXT LANGUAGE sql "
				+ "STABLE AS $$ SELECT CASE t WHEN 'PROJECT' THEN r->>'id' "
				+ "WHEN 'PARTICIPANT' THEN (SELECT ID FROM PROJECT WHERE NUM = (r->>'project_no')::INT) "
				+ "WHEN 'BUDGET_AMOUNT' THEN (SELECT PROJECT_ID FROM BUDGET_LINE WHERE ID = r->>'line_id') "
				+ "ELSE r->>'project_id' END $$");
		TeamRoles.run(c, "CREATE OR REPLACE FUNCTION FINSAM_COLLAPSE() RETURNS TRIGGER LANGUAGE plpgsql "
				+ "SECURITY DEFINER SET search_path = public AS $$ "
				+ "DECLARE g RECORD; f TEXT; op TEXT; "
				+ "BEGIN "
				// Fired at commit once per staged row: the first firing collapses them all, the others return.
				+ "IF current_setting('finsam.collapsed', true) IS NOT DISTINCT FROM txid_current()::TEXT "
				+ "THEN RETURN NULL; END IF; "
				+ "PERFORM set_config('finsam.collapsed', txid_current()::TEXT, true); "
				+ "IF NOT EXISTS (SELECT 1 FROM " + STAGE + " WHERE TX = txid_current()) THEN RETURN NULL; END IF; "
				+ "FOR g IN SELECT TABLE_NAME, ROW_KEY, (ARRAY_AGG(PROJECT_ID ORDER BY SEQ DESC))[1] AS PROJECT_ID, "
				+ "(ARRAY_AGG(OLD_ROW ORDER BY SEQ))[1] AS FIRST_OLD, (ARRAY_AGG(NEW_ROW ORDER BY SEQ DESC))[1] "
				+ "AS LAST_NEW, MIN(SEQ) AS FIRST FROM " + STAGE + " WHERE TX = txid_current() "
				+ "GROUP BY TABLE_NAME, ROW_KEY ORDER BY FIRST LOOP "
				+ "IF g.FIRST_OLD IS NULL AND g.LAST_NEW IS NULL THEN CONTINUE; END IF; "
				+ "f := NULL; "
				+ "IF g.FIRST_OLD IS NULL THEN op := 'INSERT'; "
				+ "ELSIF g.LAST_NEW IS NULL THEN op := 'DELETE'; "
				+ "ELSE op := 'UPDATE'; "
				+ "SELECT STRING_AGG(n.key, ',' ORDER BY n.key) INTO f FROM jsonb_each_text(g.LAST_NEW) n "
				+ "WHERE n.value IS DISTINCT FROM (g.FIRST_OLD->>n.key) AND n.key NOT IN (" + NOT_FIELDS + "); "
				+ "IF f IS NULL THEN CONTINUE; END IF; "
				+ "END IF; "
				+ "INSERT INTO " + LOG + " (TABLE_NAME, OPERATION, ROW_KEY, PROJECT_ID, FIELDS) "
				+ "VALUES (g.TABLE_NAME, op, g.ROW_KEY, g.PROJECT_ID, UPPER(f)); "
				+ "END LOOP; "
				+ "DELETE FROM " + STAGE + " WHERE TX = txid_current(); "
				+ "RETURN NULL; END $$");
		TeamRoles.run(c, "DROP TRIGGER IF EXISTS FINSAM_COLLAPSE ON " + STAGE);
		TeamRoles.run(c, "CREATE CONSTRAINT TRIGGER FINSAM_COLLAPSE AFTER INSERT ON " + STAGE
				+ " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION FINSAM_COLLAPSE()");
		for (String table : TABLES) {
			TeamRoles.run(c, "DROP TRIGGER IF EXISTS FINSAM_STAGE ON " + table);
			TeamRoles.run(c, "CREATE TRIGGER FINSAM_STAGE AFTER INSERT OR UPDATE OR DELETE ON " + table
					+ " FOR EACH ROW EXECUTE FUNCTION FINSAM_STAGE()");
		}
	}
}
