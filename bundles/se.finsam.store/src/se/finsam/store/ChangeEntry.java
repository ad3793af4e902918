package se.finsam.store;

import java.time.Instant;
import java.util.List;

/**
 * One change a team server recorded itself: who (her login on the server), when, which table and row (its key:
 * ids, never a personal value), in which project, and for an update which fields changed — never their values.
 *
 * @param operation INSERT, UPDATE or DELETE
 */
public record ChangeEntry(Instant at, String user, String table, String operation, String rowKey, String projectId,
		List<String> fields) {
}
