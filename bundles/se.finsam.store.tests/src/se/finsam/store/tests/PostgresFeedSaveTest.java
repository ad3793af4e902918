package se.finsam.store.tests;

import se.finsam.store.Store;

/** {@link FeedSaveTest} on a PostgreSQL team server. */
public class PostgresFeedSaveTest extends FeedSaveTest {

	@Override
	protected Store openStore() {
		return TeamServer.open(TeamServer.initializedDatabase());
	}
}
