package se.finsam.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;

import se.finsam.core.Formats;
import se.finsam.model.FinsamPackage.Literals;

/**
 * Rules of every text of the model — codes, names, diarienummer, extra attributes. Text no one can read as written
 * is refused: the bidirectional controls (U+202A–U+202E, U+2066–U+2069) turn the text after them around on screen,
 * so "MB-0011" and a code that merely looks like it can stand side by side, and a name can hide what it says. So is
 * text longer than the store holds ({@link TextLimits}).
 */
final class TextRules {

	private TextRules() {
	}

	/**
	 * The texts of the object and what it contains, but not what the {@code skipped} containments hold nor what the
	 * root's {@code checkedApart} containments hold (checked in parallel, one by one). Walks the containments itself:
	 * EMF's tree iterator cost a fifth of validating 100 000 participants (issue 16).
	 */
	static List<Problem> check(EObject root, Set<EReference> skipped, Set<EReference> checkedApart) {
		List<Problem> problems = new ArrayList<>();
		check(root, root, skipped, checkedApart, problems);
		return problems;
	}

	private static void check(EObject root, EObject object, Set<EReference> skipped, Set<EReference> checkedApart,
			List<Problem> problems) {
		check(object, problems);
		for (EReference containment : object.eClass().getEAllContainments()) {
			if (skipped.contains(containment) || (object == root && checkedApart.contains(containment))) {
				continue;
			}
			Object value = object.eGet(containment, false);
			if (containment.isMany()) {
				for (Object child : (List<?>) value) {
					check(root, (EObject) child, skipped, checkedApart, problems);
				}
			} else if (value != null) {
				check(root, (EObject) value, skipped, checkedApart, problems);
			}
		}
	}

	private static void check(EObject object, List<Problem> problems) {
		for (EAttribute a : object.eClass().getEAllAttributes()) {
			if (a.getEType().getInstanceClass() != String.class || a.isMany()) {
				continue;
			}
			Object value = object.eGet(a);
			int bad = value instanceof String s ? firstControl(s) : -1;
			if (bad >= 0) {
				EObject owner = a.getEContainingClass().getInstanceClass() == java.util.Map.Entry.class
						&& object.eContainer() != null ? object.eContainer() : object;
				problems.add(new Problem(true, NLS.bind(Messages.Rule_bidiControl, Labels.of(owner),
						String.format("U+%04X", bad)), owner, owner == object ? a : null));
			}
			if (!(value instanceof String s) || s.length() <= TextLimits.SHORTEST) {
				continue;
			}
			int limit = a == Literals.PARTICIPANT__CODE ? 0 : TextLimits.of(a); // the code: ParticipantRules.codeFits
			if (limit > 0 && s.length() > limit) {
				problems.add(new Problem(true, NLS.bind(Messages.Rule_textTooLong, new Object[] { Labels.of(object),
						field(a), Formats.count(s.length()), Formats.count(limit) }), object, a));
			}
		}
	}

	/** How a message names the field ("namnet", "målgruppen"). */
	private static String field(EAttribute a) {
		return switch (a.getName()) {
		case "name" -> Messages.Field_name;
		case "organisationNumber" -> Messages.Field_organisationNumber;
		case "diarienummerFormat" -> Messages.Field_diarienummerFormat;
		case "kind" -> Messages.Field_kind;
		case "description" -> Messages.Field_description;
		case "diarienummer" -> Messages.Field_diarienummer;
		case "targetGroup" -> Messages.Field_targetGroup;
		case "resources" -> Messages.Field_resources;
		case "methods" -> Messages.Field_methods;
		case "activities" -> Messages.Field_activities;
		case "successFactors" -> Messages.Field_successFactors;
		case "systemFaults" -> Messages.Field_systemFaults;
		case "steeringGroupAnalysis" -> Messages.Field_steeringGroupAnalysis;
		case "outcome" -> Messages.Field_outcome;
		case "unit" -> Messages.Field_unit;
		case "comment" -> Messages.Field_comment;
		case "role" -> Messages.Field_role;
		case "category" -> Messages.Field_category;
		case "label" -> Messages.Field_label;
		case "referringParty" -> Messages.Field_referringParty;
		case "supportAtStart" -> Messages.Field_supportAtStart;
		case "supportAtExit" -> Messages.Field_supportAtExit;
		case "occupationAtStart" -> Messages.Field_occupationAtStart;
		case "occupationAtExit" -> Messages.Field_occupationAtExit;
		case "exitReason" -> Messages.Field_exitReason;
		default -> a.getName();
		};
	}

	/** The first bidirectional control in the text, or -1. */
	static int firstControl(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
				return c;
			}
		}
		return -1;
	}
}
