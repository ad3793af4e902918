package se.finsam.store;

import java.util.List;

import se.finsam.model.Participant;

/**
 * Participants delivered batch by batch to {@link Store#saveProject(se.finsam.model.Project, ParticipantFeed)}, so
 * that a long import is stored while it is still being read. Called on a thread of the store's, one call at a time
 * (each call sees what the one before did), while the saving thread writes the batch delivered before: the store
 * adds each batch to the project before it asks for the next, and touches the project's other participants only
 * after the last call.
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
