package se.finsam.model.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One validation finding: a message the user understands (naming the object and the field), where it is, and
 * whether it blocks saving.
 *
 * @param error true when it blocks saving; false for a warning
 * @param message in the user's language
 * @param object the object it is about
 * @param feature the field, or null when it is about the object as a whole
 */
public record Problem(boolean error, String message, EObject object, EStructuralFeature feature) {
}
