package se.finsam.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.Diagnostician;

/**
 * Validates model objects with EMF's validation framework (the constraints of finsam.ecore, implemented by the
 * rule classes of this package) and returns the findings as {@link Problem}s. The store refuses to save anything
 * with an error; editors show the problems at their fields.
 */
public final class ModelValidation {

	private ModelValidation() {
	}

	/** Validates the object and everything it contains. */
	public static List<Problem> validate(EObject root) {
		return validate(root, new HashMap<>());
	}

	/**
	 * Validates with a context (see {@link ParticipantRules#CODE_LISTS}, {@link ParticipantRules#TODAY}). Long
	 * lists of children (a project's participants) are validated in parallel, their texts too: the rules are
	 * stateless.
	 */
	public static List<Problem> validate(EObject root, Map<Object, Object> context) {
		return validate(root, context, Set.of());
	}

	private static List<Problem> validate(EObject root, Map<Object, Object> context, Set<EReference> skipped) {
		List<EObject> bulk = new ArrayList<>();
		Diagnostician diagnostician = new Diagnostician() {
			@Override
			public String getObjectLabel(EObject object) {
				return Labels.of(object);
			}

			@Override
			protected boolean doValidateContents(EObject object, DiagnosticChain diagnostics, Map<Object, Object> ctx) {
				if (object != root && skipped.isEmpty()) {
					return super.doValidateContents(object, diagnostics, ctx);
				}
				boolean ok = true;
				for (EReference containment : object.eClass().getEAllContainments()) {
					Object value = object.eGet(containment);
					if (skipped.contains(containment)) {
						continue;
					} else if (object == root && containment.isMany()
							&& ((List<?>) value).size() >= PARALLEL_THRESHOLD) {
						bulk.addAll(((List<?>) value).stream().map(EObject.class::cast).toList());
					} else if (containment.isMany()) {
						for (Object child : (List<?>) value) {
							ok &= validate((EObject) child, diagnostics, ctx);
						}
					} else if (value != null) {
						ok &= validate((EObject) value, diagnostics, ctx);
					}
				}
				return ok;
			}
		};
		BasicDiagnostic result = diagnostician.createDefaultDiagnostic(root);
		context.put(org.eclipse.emf.ecore.EValidator.SubstitutionLabelProvider.class, diagnostician);
		diagnostician.validate(root, result, context);
		List<Problem> problems = new ArrayList<>();
		collect(result, problems);
		problems.addAll(bulk.parallelStream().flatMap(child -> {
			BasicDiagnostic d = diagnostician.createDefaultDiagnostic(child);
			diagnostician.validate(child, d, new HashMap<>(context));
			List<Problem> found = new ArrayList<>();
			collect(d, found);
			found.addAll(TextRules.check(child, skipped, Set.of()));
			return found.stream();
		}).toList());
		problems.addAll(TextRules.check(root, skipped, bulk));
		return problems;
	}

	/**
	 * The errors of the object and everything it contains but what the given containments hold: those are
	 * validated where they are saved. Saving a förbund's settings then does not check (nor wait for) 100 000
	 * participants it does not save (issue 16), nor refuse because of one being edited elsewhere.
	 */
	public static List<Problem> errorsWithout(EObject root, EReference... skipped) {
		return validate(root, new HashMap<>(), Set.of(skipped)).stream().filter(Problem::error).toList();
	}

	/** From this many children on, they are validated in parallel. */
	private static final int PARALLEL_THRESHOLD = 2000;

	/** Only the errors. */
	public static List<Problem> errors(EObject root) {
		return errorsWithout(root);
	}

	private static void collect(Diagnostic diagnostic, List<Problem> problems) {
		for (Diagnostic child : diagnostic.getChildren()) {
			if (child.getSeverity() >= Diagnostic.WARNING && !child.getData().isEmpty()
					&& child.getData().get(0) instanceof EObject object) {
				EStructuralFeature feature = child.getData().size() > 1
						&& child.getData().get(1) instanceof EStructuralFeature f ? f : null;
				problems.add(new Problem(child.getSeverity() >= Diagnostic.ERROR, child.getMessage(), object, feature));
			}
			collect(child, problems);
		}
	}
}
