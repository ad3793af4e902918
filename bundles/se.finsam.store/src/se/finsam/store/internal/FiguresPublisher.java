package se.finsam.store.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import se.finsam.model.Association;
import se.finsam.model.Project;
import se.finsam.store.FiguresForReaders;

/**
 * Publishes the readers' figures of saved projects on a team server, a moment after the save and from what the
 * server then holds: a project of its own, loaded anew, so that neither the save waits for the statistics nor the
 * figures see an editor's later, unsaved edits. A burst of saves of one project publishes once. The figures are
 * written only if the project is still at the revision they were computed from; a later save publishes its own.
 * Closing publishes what is still pending (a command's import is published before it exits).
 */
final class FiguresPublisher {

	/** How long after a save its project's figures are published, at most once in this time per project. */
	static final long DELAY_MS = 10_000;

	private final JdbcStore store;
	private final Supplier<FiguresForReaders> computer;
	private final Map<String, Pending> pending = new ConcurrentHashMap<>();
	private ScheduledExecutorService executor;

	private record Pending(String associationId, ScheduledFuture<?> future) {
	}

	FiguresPublisher(JdbcStore store, Supplier<FiguresForReaders> computer) {
		this.store = store;
		this.computer = computer;
	}

	/** After a commit: the project's figures are published soon. */
	synchronized void saved(String associationId, String projectId) {
		if (computer.get() == null || pending.containsKey(projectId)) {
			return;
		}
		if (executor == null) {
			executor = Executors.newSingleThreadScheduledExecutor(r -> {
				Thread t = new Thread(r, "Finsam figures for readers");
				t.setDaemon(true);
				t.setPriority(Thread.MIN_PRIORITY);
				return t;
			});
		}
		pending.put(projectId, new Pending(associationId, executor.schedule(() -> publish(associationId, projectId),
				DELAY_MS, TimeUnit.MILLISECONDS)));
	}

	private void publish(String associationId, String projectId) {
		pending.remove(projectId); // a save from now on schedules another publication
		FiguresForReaders figures = computer.get();
		if (figures == null) {
			return;
		}
		try {
			Association a = store.loadAssociation(associationId);
			Project project = a.getProjects().stream().filter(p -> p.getId().equals(projectId)).findFirst()
					.orElse(null);
			if (project == null) {
				return; // deleted meanwhile
			}
			store.loadContent(project);
			store.publish(project, figures.compute(project));
		} catch (RuntimeException e) {
			// The server went away or the data cannot be counted: the last published figures stay, dated.
		}
	}

	/** Publishes what is pending now, in this thread, and stops. */
	synchronized void close() {
		if (executor == null) {
			return;
		}
		for (Map.Entry<String, Pending> p : Map.copyOf(pending).entrySet()) {
			if (p.getValue().future().cancel(false)) {
				publish(p.getValue().associationId(), p.getKey());
			}
		}
		executor.shutdown();
		try {
			executor.awaitTermination(30, TimeUnit.SECONDS); // one already running finishes
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
