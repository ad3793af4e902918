package se.finsam.store;

import java.util.List;

import se.finsam.model.Participant;

/**
 * Participants delivered batch by batch to {@link Store#saveProject(se.finsam.model.Project, ParticipantFeed)}, so
 * that a long import is stored while it is still being read. Called on a thread of the save's own, one call at a
 * time, while the save inserts the batch before: the next call starts once that batch joined the project, and the
 * save changes the project only after the call returned, so the feed may read and change the project as if alone.
 * It must not call the store (the save's transaction holds what it writes).
 */
@FunctionalInterface
public interface ParticipantFeed {

	/**
	 * The next participants to append to the project (new ones, not yet in any project), waiting for them if need
	 * be; null when there are no more. Before it returns null the feed may also change the project's existing
	 * participants: those changes are saved in the same transaction. Throwing stops the save with nothing stored.
	 */
	List<Participant> next();
}
