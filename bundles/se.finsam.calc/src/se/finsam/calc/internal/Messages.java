package se.finsam.calc.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "se.finsam.calc.internal.messages";

	public static String Values_missing;
	public static String Values_unknownSupport;
	public static String Values_noKpi;
	public static String Values_notObject;
	public static String Values_unreadable;
	public static String Field_notObject;
	public static String Field_text;
	public static String Field_bool;
	public static String Field_missing;
	public static String Field_share;
	public static String Field_negative;
	public static String Field_integer;
	public static String Field_actor;
	public static String Field_notList;
	public static String Field_number;
	public static String Field_resourceChange;
	public static String Field_assumption;
	public static String Field_sum;
	public static String Read_notJson;
	public static String Read_nothingToCompute;

	public static String Actor_kommun;
	public static String Actor_region;
	public static String Actor_fk;
	public static String Actor_af;
	public static String Actor_otherState;
	public static String Actor_individual;
	public static String Actor_state;
	public static String Actor_society;

	public static String Assumption_deadweight;
	public static String Assumption_attribution;
	public static String Assumption_displacement;
	public static String Assumption_dropOff;
	public static String Assumption_wageSubsidy;
	public static String Assumption_workExtent;
	public static String Assumption_resourceChange;
	public static String Assumption_indirectTax;
	public static String Assumption_discountRate;
	public static String Assumption_projectCost;
	public static String Assumption_participants;
	public static String Assumption_years;
	public static String Scenario_low;
	public static String Scenario_base;
	public static String Scenario_high;
	public static String Field_range;
	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
