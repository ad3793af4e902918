package se.finsam.model.validation;

import static se.finsam.model.FinsamPackage.Literals.*;

import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;

/**
 * The longest text each attribute may hold: the width of its column in the store (se.finsam.store's db scripts),
 * so that a text too long is refused by the model's rules, naming the object and the field, before the database
 * would refuse it with a message that names neither. The same on Derby and PostgreSQL, so that a store can move
 * between them.
 */
public final class TextLimits {

	/** The narrative texts (a project's target group, analysis, goals): Derby's longest VARCHAR. */
	public static final int LONG_TEXT = 32_672;

	private static final int NAME = 300;
	private static final int CODE = 40;

	private static final Map<EAttribute, Integer> LIMITS = Map.ofEntries(Map.entry(ASSOCIATION__NAME, NAME),
			Map.entry(ASSOCIATION__ORGANISATION_NUMBER, 20), Map.entry(ASSOCIATION__DIARIENUMMER_FORMAT, 60),
			Map.entry(ATTRIBUTE_DEFINITION__NAME, NAME), Map.entry(PARTY__KIND, CODE), Map.entry(PARTY__NAME, NAME),
			Map.entry(LOCAL_GROUP__KIND, CODE), Map.entry(LOCAL_GROUP__NAME, NAME),
			Map.entry(LOCAL_GROUP__DESCRIPTION, LONG_TEXT), Map.entry(PROJECT__DIARIENUMMER, 40),
			Map.entry(PROJECT__NAME, NAME), Map.entry(PROJECT__TARGET_GROUP, LONG_TEXT),
			Map.entry(PROJECT__RESOURCES, LONG_TEXT), Map.entry(PROJECT__METHODS, LONG_TEXT),
			Map.entry(PROJECT__ACTIVITIES, LONG_TEXT), Map.entry(PROJECT__SUCCESS_FACTORS, LONG_TEXT),
			Map.entry(PROJECT__SYSTEM_FAULTS, LONG_TEXT), Map.entry(PROJECT__STEERING_GROUP_ANALYSIS, LONG_TEXT),
			Map.entry(GOAL__DESCRIPTION, LONG_TEXT), Map.entry(GOAL__OUTCOME, LONG_TEXT), Map.entry(GOAL__UNIT, 60),
			Map.entry(DROPOUT__COMMENT, LONG_TEXT), Map.entry(SIGNATURE__NAME, NAME), Map.entry(SIGNATURE__ROLE, NAME),
			Map.entry(BUDGET_LINE__CATEGORY, CODE), Map.entry(BUDGET_LINE__LABEL, NAME),
			Map.entry(FLAT_RATE__LABEL, NAME), Map.entry(PARTICIPANT__CODE, ParticipantRules.MAX_CODE_LENGTH),
			Map.entry(PARTICIPANT__REFERRING_PARTY, CODE), Map.entry(PARTICIPANT__SUPPORT_AT_START, CODE),
			Map.entry(PARTICIPANT__SUPPORT_AT_EXIT, CODE), Map.entry(PARTICIPANT__OCCUPATION_AT_START, CODE),
			Map.entry(PARTICIPANT__OCCUPATION_AT_EXIT, CODE), Map.entry(PARTICIPANT__EXIT_REASON, CODE));

	/** The lowest limit: a shorter text needs no lookup (most of a participant's texts are short codes). */
	static final int SHORTEST = LIMITS.values().stream().mapToInt(Integer::intValue).min().orElse(0);

	private TextLimits() {
	}

	/** The most characters the attribute's text may have, or 0 where the store sets no limit of its own. */
	public static int of(EAttribute attribute) {
		return LIMITS.getOrDefault(attribute, 0);
	}
}
