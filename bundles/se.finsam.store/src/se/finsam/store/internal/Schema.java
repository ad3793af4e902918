package se.finsam.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import se.finsam.model.CodeEntry;
import se.finsam.model.codes.CodeLists;
import se.finsam.store.SchemaUpgrade;
import se.finsam.store.StoreException;

/** Brings a database's schema and code lists to this version's, on either engine. */
final class Schema {

	private Schema() {
	}

	/** What to do before a database of an older version is migrated (take a backup); may return null. */
	interface BeforeUpgrade {
		SchemaUpgrade run(int fromVersion) throws SQLException;
	}

	/** What an engine adds in the same transaction, after the migrations (a server's key probe and roles). */
	interface Finish {
		void run(Connection c) throws SQLException;
	}

	static SchemaUpgrade prepare(Connection c, SqlDialect dialect, String where, BeforeUpgrade before)
			throws SQLException {
		return prepare(c, dialect, where, before, x -> {
		});
	}

	/**
	 * The schema brought up to this version's and the code lists refreshed, in one transaction with {@code finish};
	 * {@code before} runs (committed state, before the first migration) when the database is of an older version.
	 */
	static SchemaUpgrade prepare(Connection c, SqlDialect dialect, String where, BeforeUpgrade before, Finish finish)
			throws SQLException {
		c.setAutoCommit(false);
		try {
			int version = Migrations.currentVersion(c, dialect);
			refuseNewer(where, version);
			SchemaUpgrade upgrade = null;
			if (version > 0 && version < Migrations.LATEST) {
				c.commit();
				upgrade = before.run(version);
			}
			Migrations.migrate(c, dialect, Migrations.LATEST);
			if (upgrade != null) {
				logBackup(c, upgrade.backup());
			}
			refreshCodeLists(c);
			finish.run(c);
			c.commit();
			return upgrade;
		} catch (SQLException | RuntimeException e) {
			c.rollback();
			throw e;
		} finally {
			c.setAutoCommit(true);
		}
	}

	static void refuseNewer(String where, int version) {
		if (version > Migrations.LATEST) {
			throw new StoreException(NLS.bind(Messages.Store_newerSchema, new Object[] { where, version,
					Migrations.LATEST }));
		}
	}

	/** BACKUP_LOG.LOCATION's width: a deeper folder is logged shortened, not refused after the backup was made. */
	static final int BACKUP_LOCATION_LENGTH = 1000;

	static void logBackup(Connection c, Path target) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("INSERT INTO BACKUP_LOG (TAKEN_AT, LOCATION) VALUES (?, ?)")) {
			new Binder(s).timestamp(java.time.Instant.now())
					.text(Shortened.middle(target.toAbsolutePath().toString(), BACKUP_LOCATION_LENGTH));
			s.executeUpdate();
		}
	}

	/** The code lists' rows as this version defines them; rewritten only when they differ (a write costs a start). */
	static void refreshCodeLists(Connection c) throws SQLException {
		CodeLists codes = CodeLists.defaults();
		List<List<Object>> rows = new ArrayList<>();
		for (String list : List.of(CodeLists.PARTY_KIND, CodeLists.SUPPORT, CodeLists.OCCUPATION, CodeLists.EXIT_REASON,
				CodeLists.BUDGET_CATEGORY)) {
			List<CodeEntry> entries = codes.entries(list);
			for (int i = 0; i < entries.size(); i++) {
				CodeEntry e = entries.get(i);
				rows.add(Arrays.asList(list, e.getCode(), i, e.getLabelSv(), e.getLabelEn(), e.isPositive()));
			}
		}
		List<List<Object>> stored = new ArrayList<>();
		try (var s = c.createStatement(); ResultSet rs = s.executeQuery(
				"SELECT LIST_ID, CODE, POS, LABEL_SV, LABEL_EN, POSITIVE FROM CODE_ENTRY")) {
			while (rs.next()) {
				stored.add(Arrays.asList(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
						rs.getBoolean(6)));
			}
		}
		if (stored.size() == rows.size() && new HashSet<>(stored).equals(new HashSet<>(rows))) {
			return;
		}
		try (var s = c.createStatement()) {
			s.executeUpdate("DELETE FROM CODE_ENTRY");
		}
		try (PreparedStatement s = c.prepareStatement("INSERT INTO CODE_ENTRY VALUES (?, ?, ?, ?, ?, ?)")) {
			for (List<Object> row : rows) {
				new Binder(s).text((String) row.get(0)).text((String) row.get(1)).integer((Integer) row.get(2))
						.text((String) row.get(3)).text((String) row.get(4)).bool((Boolean) row.get(5));
				s.addBatch();
			}
			s.executeBatch();
		}
	}
}
