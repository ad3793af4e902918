package se.finsam.store.internal;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;

import se.finsam.model.BudgetLine;
import se.finsam.model.Evaluation;
import se.finsam.model.Participant;
import se.finsam.model.Project;
import se.finsam.model.ReportInstance;
import se.finsam.model.validation.Labels;
import se.finsam.model.validation.ModelValidation;
import se.finsam.model.validation.Problem;
import se.finsam.store.InvalidDataException;

/**
 * The model's rules checked on a thread of their own while a save writes (issue 16: validating 100 000 participants
 * takes about as long as a fifth of their insert). The save's transaction waits for the check before it commits and
 * is rolled back when the check finds an error, so nothing invalid is ever stored. Everything the save would set
 * itself (missing ids) is set before the check starts: from then on both only read the model.
 */
final class ConcurrentCheck {

	private static final int LISTED_PROBLEMS = 5;

	private final List<Project> projects;
	private final List<CompletableFuture<List<Problem>>> checks;

	private ConcurrentCheck(List<Project> projects) {
		this.projects = projects;
		projects.forEach(ConcurrentCheck::assignIds);
		// Not the common pool: the save's own hashing and sealing run there and must not queue behind the check.
		this.checks = projects.stream().map(p -> CompletableFuture.supplyAsync(() -> ModelValidation.errors(p),
				r -> Thread.ofPlatform().daemon().name("finsam-validation").start(r))).toList();
	}

	static ConcurrentCheck start(List<Project> projects) {
		return new ConcurrentCheck(projects);
	}

	/** Waits for the check; throws for the first project with an error. */
	void refuseInvalid() {
		for (int i = 0; i < projects.size(); i++) {
			List<Problem> errors;
			try {
				errors = checks.get(i).join();
			} catch (CompletionException e) {
				throw e.getCause() instanceof RuntimeException r ? r : e;
			}
			refuse(projects.get(i), errors);
		}
	}

	/** Checks the object on this thread, but not what the {@code notSaved} containments hold. */
	static void refuseInvalid(EObject object, EReference... notSaved) {
		refuse(object, ModelValidation.errorsWithout(object, notSaved));
	}

	static void refuse(EObject object, List<Problem> errors) {
		if (!errors.isEmpty()) {
			String listed = errors.stream().limit(LISTED_PROBLEMS).map(Problem::message)
					.collect(Collectors.joining(" "));
			throw new InvalidDataException(NLS.bind(Messages.Store_invalid,
					new Object[] { Labels.of(object), errors.size(), listed }), errors);
		}
	}

	/** The ids the save would give what has none (ProjectDao, ParticipantDao, BudgetDao, DocumentDao). */
	static void assignIds(Project project) {
		if (project.getId() == null) {
			project.setId(newId());
		}
		for (Participant p : project.getParticipants()) {
			if (p.getId() == null) {
				p.setId(newId());
			}
		}
		if (project.getBudget() != null) {
			for (BudgetLine l : project.getBudget().getLines()) {
				if (l.getId() == null) {
					l.setId(newId());
				}
			}
		}
		for (ReportInstance r : project.getReports()) {
			if (r.getId() == null) {
				r.setId(newId());
			}
		}
		for (Evaluation e : project.getEvaluations()) {
			if (e.getId() == null) {
				e.setId(newId());
			}
		}
	}

	private static String newId() {
		return UUID.randomUUID().toString();
	}
}
