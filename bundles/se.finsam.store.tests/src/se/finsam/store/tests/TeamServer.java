package se.finsam.store.tests;

import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.postgresql.ds.PGSimpleDataSource;

import se.finsam.store.ServerAddress;
import se.finsam.store.Store;
import se.finsam.store.internal.JdbcStoreService;
import se.finsam.store.internal.PgServerAdministration;
import se.finsam.testing.PostgresCluster;

/**
 * The store suite's PostgreSQL server: one throw-away cluster for the whole test run (started on first use, stopped
 * when the JVM ends), a new database per test, set up as {@code admin init} sets one up.
 */
public final class TeamServer {

	private static PostgresCluster cluster;
	private static final AtomicInteger DATABASES = new AtomicInteger();

	private TeamServer() {
	}

	static synchronized PostgresCluster cluster() {
		if (cluster == null) {
			try {
				cluster = PostgresCluster.start();
			} catch (Exception e) {
				throw new IllegalStateException("cannot start PostgreSQL for the tests", e);
			}
			PostgresCluster started = cluster;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					started.close();
				} catch (Exception e) {
					// the temporary folder is left behind
				}
			}));
		}
		return cluster;
	}

	/** A new, empty database on the cluster, for its superuser. */
	static ServerAddress emptyDatabase() {
		String name = "store_test_" + DATABASES.incrementAndGet();
		try (Connection c = superuser("postgres"); Statement s = c.createStatement()) {
			s.execute("CREATE DATABASE " + name);
		} catch (java.sql.SQLException e) {
			throw new IllegalStateException(e);
		}
		return ServerAddress.parse("postgresql://" + PostgresCluster.SUPERUSER + "@127.0.0.1:" + cluster().port() + "/"
				+ name);
	}

	/** A new database set up for Finsam with the tests' key. */
	public static ServerAddress initializedDatabase() {
		ServerAddress address = emptyDatabase();
		new PgServerAdministration().initialize(address, null, Fixture.KEY);
		return address;
	}

	public static Store open(ServerAddress address) {
		return new JdbcStoreService().open(address, null, Fixture.KEY);
	}

	/** A connection as the cluster's superuser, beside the product. */
	static Connection superuser(String database) throws java.sql.SQLException {
		PGSimpleDataSource source = new PGSimpleDataSource();
		source.setUrl(cluster().jdbcUrl(database));
		source.setUser(PostgresCluster.SUPERUSER);
		return source.getConnection();
	}
}
