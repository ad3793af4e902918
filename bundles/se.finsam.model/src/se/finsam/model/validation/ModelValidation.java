package se.finsam.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.ExtendedMetaData;

import se.finsam.model.FinsamPackage;

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
		Set<EReference> bulkContainments = new HashSet<>();
		Diagnostician diagnostician = diagnostician(root, skipped, bulk, bulkContainments);
		BasicDiagnostic result = emptyDiagnostic(root);
		context.put(EValidator.SubstitutionLabelProvider.class, diagnostician);
		context.put(EValidator.class, diagnostician); // EMF asks it about every value (see UNCONSTRAINED)
		diagnostician.validate(root, result, context);
		List<Problem> problems = new ArrayList<>();
		collect(result, problems);
		problems.addAll(validateEach(diagnostician, bulk, context, skipped));
		problems.addAll(TextRules.check(root, skipped, bulkContainments));
		return problems;
	}

	/**
	 * Validates each object and everything it contains; from {@link #PARALLEL_THRESHOLD} objects on in parallel,
	 * in chunks: one copy of the context each (EMF's validators may write to it), not one per object.
	 */
	private static List<Problem> validateEach(Diagnostician diagnostician, List<? extends EObject> objects,
			Map<Object, Object> context, Set<EReference> skipped) {
		int chunks = (objects.size() + CHUNK - 1) / CHUNK;
		IntStream range = IntStream.range(0, chunks);
		return (objects.size() >= PARALLEL_THRESHOLD ? range.parallel() : range).mapToObj(i -> {
			Map<Object, Object> own = new HashMap<>(context);
			List<Problem> found = new ArrayList<>();
			for (EObject child : objects.subList(i * CHUNK, Math.min(objects.size(), (i + 1) * CHUNK))) {
				BasicDiagnostic d = emptyDiagnostic(child);
				diagnostician.validate(child, d, own);
				collect(d, found);
				found.addAll(TextRules.check(child, skipped, Set.of()));
			}
			return found;
		}).flatMap(List::stream).toList();
	}

	/**
	 * The errors of each object and everything it contains, as {@link #errors} finds them for each, in the objects'
	 * order: what the store checks of a batch of imported participants while it writes the next batch.
	 */
	public static List<Problem> errorsOfEach(List<? extends EObject> objects) {
		Diagnostician diagnostician = diagnostician(null, Set.of(), new ArrayList<>(), new HashSet<>());
		Map<Object, Object> context = new HashMap<>();
		context.put(EValidator.SubstitutionLabelProvider.class, diagnostician);
		context.put(EValidator.class, diagnostician);
		return validateEach(diagnostician, objects, context, Set.of()).stream().filter(Problem::error).toList();
	}

	/**
	 * Our diagnostician: {@code root}'s long lists of children (at least {@link #PARALLEL_THRESHOLD}) are not
	 * validated in its tree walk but collected into {@code bulk} (and their containments into
	 * {@code bulkContainments}), what the {@code skipped} containments of {@code root} hold not at all.
	 */
	private static Diagnostician diagnostician(EObject root, Set<EReference> skipped, List<EObject> bulk,
			Set<EReference> bulkContainments) {
		return new Diagnostician() {
			@Override
			public String getObjectLabel(EObject object) {
				return Labels.of(object);
			}

			@Override
			public boolean validate(EDataType type, Object value, DiagnosticChain diagnostics,
					Map<Object, Object> ctx) {
				return UNCONSTRAINED.contains(type) || super.validate(type, value, diagnostics, ctx);
			}

			/**
			 * A string map's entry (extra attributes, answers) has two strings and nothing that EMF's default
			 * constraints could find wrong; its text is checked by {@link TextRules}.
			 */
			@Override
			protected boolean doValidate(EValidator validator, EClass eClass, EObject object,
					DiagnosticChain diagnostics, Map<Object, Object> ctx) {
				return eClass == EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY
						|| super.doValidate(validator, eClass, object, diagnostics, ctx);
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
						bulkContainments.add(containment);
						((List<?>) value).forEach(child -> bulk.add((EObject) child));
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
	}

	/**
	 * Not the diagnostician's default diagnostic: its message (the object's label, formatted) is never read, and an
	 * import validates 100 000 participants one by one.
	 */
	private static BasicDiagnostic emptyDiagnostic(EObject object) {
		return new BasicDiagnostic(EObjectValidator.DIAGNOSTIC_SOURCE, 0, "", new Object[] { object });
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
	/**
	 * Data types whose values EMF's validators accept whatever they are (Ecore's methods for these answer true; ours
	 * have neither constraints nor facets), so asking about each attribute of 100 000 participants is a fifth of
	 * their validation for nothing (issue 16).
	 */
	private static final Set<EDataType> UNCONSTRAINED = unconstrained();

	private static Set<EDataType> unconstrained() {
		EcorePackage e = EcorePackage.eINSTANCE;
		Set<EDataType> types = new HashSet<>(List.of(e.getEString(), e.getEInt(), e.getEIntegerObject(),
				e.getEBoolean(), e.getEBooleanObject(), e.getEBigDecimal(), e.getELong(), e.getELongObject(),
				e.getEDate(), e.getEJavaObject()));
		FinsamPackage.eINSTANCE.getEClassifiers().stream().filter(EDataType.class::isInstance)
				.map(EDataType.class::cast).filter(t -> t.getEAnnotation(EcorePackage.eNS_URI) == null
						&& t.getEAnnotation(ExtendedMetaData.ANNOTATION_URI) == null)
				.forEach(types::add);
		return Set.copyOf(types);
	}

	/** Children validated in one parallel task. */
	private static final int CHUNK = 500;

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
