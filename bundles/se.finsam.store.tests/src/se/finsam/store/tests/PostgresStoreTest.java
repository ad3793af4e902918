package se.finsam.store.tests;

import org.junit.jupiter.api.BeforeEach;

import se.finsam.store.ServerAddress;
import se.finsam.store.Store;

/** {@link StoreTest} on a PostgreSQL team server: a real throw-away cluster, a database per test. */
public class PostgresStoreTest extends StoreTest {

	private ServerAddress server;

	@BeforeEach
	public void setUpServer() {
		server = TeamServer.initializedDatabase();
	}

	@Override
	protected Store open() {
		return TeamServer.open(server);
	}
}
