package se.finsam.store.tests;

import java.sql.Connection;

import org.junit.jupiter.api.BeforeEach;

import se.finsam.store.ServerAddress;
import se.finsam.store.Store;

/**
 * {@link CrashTest} on a team server: a client killed with SIGKILL in the middle of saving 50 000 participants
 * leaves the server with all of them or none.
 */
public class PostgresCrashTest extends CrashTest {

	private ServerAddress server;

	@BeforeEach
	public void setUpServer() {
		server = TeamServer.initializedDatabase();
	}

	@Override
	protected String target() {
		return server.toString();
	}

	@Override
	protected Store open() {
		return TeamServer.open(server);
	}

	@Override
	protected void checkTables(Connection c) {
		// PostgreSQL's own crash safety; the count is the check
	}
}
