package se.finsam.calc;

import java.math.BigDecimal;

import se.finsam.core.Formats;
import se.finsam.calc.internal.Messages;

/**
 * The names readers see for the assumptions a sensitivity table varies and for the low/base/high scenarios, and
 * how an assumption's value is written: the one home of these words for the workbench, reports and the command line.
 */
public final class Assumption {

	private Assumption() {
	}

	/** "Dödvikt", "Lönebidrag" … for a key of the evaluation file; an unknown key as it is. */
	public static String label(String key) {
		return switch (key) {
		case "deadweight" -> Messages.Assumption_deadweight;
		case "attribution" -> Messages.Assumption_attribution;
		case "displacement" -> Messages.Assumption_displacement;
		case "dropOff" -> Messages.Assumption_dropOff;
		case "wageSubsidy" -> Messages.Assumption_wageSubsidy;
		case "workExtent" -> Messages.Assumption_workExtent;
		case "resourceChange" -> Messages.Assumption_resourceChange;
		case "indirectTax" -> Messages.Assumption_indirectTax;
		case "discountRate" -> Messages.Assumption_discountRate;
		case "projectCost" -> Messages.Assumption_projectCost;
		case "participants" -> Messages.Assumption_participants;
		case "years" -> Messages.Assumption_years;
		default -> key;
		};
	}

	/** "Låg", "Bas", "Hög" for the scenarios {@code low}, {@code base}, {@code high}; others as they are. */
	public static String scenario(String name) {
		return switch (name) {
		case "low" -> Messages.Scenario_low;
		case "base" -> Messages.Scenario_base;
		case "high" -> Messages.Scenario_high;
		default -> name;
		};
	}

	/** A value as the reader expects it: a share as a percentage (20 %), a count or amount as a number. */
	public static String value(String key, BigDecimal value) {
		return switch (key) {
		case "years", "participants" -> Formats.number(value);
		case "projectCost" -> Formats.wholeKronor(value);
		default -> Formats.percent(value.movePointRight(2));
		};
	}
}
