package se.finsam.store.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import se.finsam.model.FinsamPackage;
import se.finsam.model.Participant;
import se.finsam.model.Project;
import se.finsam.model.validation.ModelValidation;
import se.finsam.model.validation.Problem;

/**
 * The model's rules for a save fed by an import, checked batch by batch while it writes (issue 16): each batch of
 * fed participants is validated on a thread of its own as soon as it has joined the project, while Derby inserts
 * the next; the project itself (its own rules, among them unique codes) and the participants it had before the feed
 * are checked at the end. Validating all of the project after the last insert, as {@link ConcurrentCheck} does for a
 * save, kept the import waiting for it (about a second of a cold {@code ./finsam import} of 100 000 rows). The save's
 * transaction is rolled back when the check finds an error, so nothing invalid is stored.
 * <p>
 * A batch is handed over once it is in the project and the save only reads it from then on.
 */
final class FeedCheck implements Consumer<List<Participant>> {

	private final Project project;
	private final int before;
	private final ExecutorService thread = Executors.newSingleThreadExecutor(
			r -> Thread.ofPlatform().daemon().name("finsam-validation").unstarted(r));
	private final List<CompletableFuture<List<Problem>>> batches = new ArrayList<>();

	/** @param before how many participants the project had before the feed */
	FeedCheck(Project project, int before) {
		this.project = project;
		this.before = before;
		ConcurrentCheck.assignIds(project);
	}

	/** Starts the check of a batch that has just joined the project. */
	@Override
	public void accept(List<Participant> batch) {
		batches.add(CompletableFuture.supplyAsync(() -> ModelValidation.errorsOfEach(batch), thread));
	}

	/** Checks the rest, waits for the batches' checks; throws with the errors found, if any. */
	void refuseInvalid() {
		List<Problem> errors = new ArrayList<>(
				ModelValidation.errorsWithout(project, FinsamPackage.Literals.PROJECT__PARTICIPANTS));
		errors.addAll(ModelValidation.errorsOfEach(project.getParticipants().subList(0, before)));
		for (CompletableFuture<List<Problem>> batch : batches) {
			try {
				errors.addAll(batch.join());
			} catch (CompletionException e) {
				throw e.getCause() instanceof RuntimeException r ? r : e;
			}
		}
		ConcurrentCheck.refuse(project, errors);
	}

	/** Ends the check's thread; after a failure, no work is left running for nothing. */
	void close() {
		thread.shutdownNow();
	}
}
