package se.finsam.store.internal;

import java.nio.file.Path;
import java.sql.SQLException;

import se.finsam.store.StoreKey;

/**
 * Databases as an older Finsam Workbench left them, for the tests of the migrations. Test code in the store's own
 * package (this bundle is a fragment of se.finsam.store), so that the product carries none of it.
 */
public final class OlderStores {

	private OlderStores() {
	}

	/** The participant-rows function as the first versions of schema 7 declared it (dates as DATE). */
	public static String firstParticipantRowsFunction() {
		return ParticipantRows.DECLARATION.replace(ParticipantRows.FUNCTION, "FINSAM_PARTICIPANT_ROWS")
				.replace("VARCHAR(10)", "DATE");
	}

	/** The first column of each row a query finds in the database, as text (the store not open). */
	public static java.util.List<String> query(Path dataLocation, StoreKey key, String sql) throws SQLException {
		Database database = Database.open(dataLocation, key, fresh -> {
		});
		try (var c = database.connection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
			java.util.List<String> found = new java.util.ArrayList<>();
			while (rs.next()) {
				found.add(rs.getString(1));
			}
			return found;
		} finally {
			database.shutdown();
		}
	}

	/** Creates a database at an older schema version with some rows written by plain SQL. */
	public static void create(Path dataLocation, StoreKey key, int version, String... statements) throws SQLException {
		Database database = Database.open(dataLocation, key, fresh -> {
		}); // an empty database, given its older schema below
		try (var c = database.connection()) {
			Migrations.migrate(c, new DerbyDialect(), version);
			try (var s = c.createStatement()) {
				for (String statement : statements) {
					s.execute(statement);
				}
			}
			c.commit();
		} finally {
			database.shutdown();
		}
	}
}
