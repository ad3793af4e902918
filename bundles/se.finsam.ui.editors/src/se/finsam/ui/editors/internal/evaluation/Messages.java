package se.finsam.ui.editors.internal.evaluation;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "se.finsam.ui.editors.internal.evaluation.messages";

	public static String Page_title;
	public static String Page_loading;
	public static String Section_inputs;
	public static String Section_inputsHint;
	public static String Section_groups;
	public static String Section_groupsHint;
	public static String Section_results;
	public static String Section_json;
	public static String Section_jsonHint;
	public static String Button_new;
	public static String Button_remove;
	public static String Button_addGroup;
	public static String Button_removeGroup;
	public static String Field_name;
	public static String Field_year;
	public static String Field_participants;
	public static String Field_cost;
	public static String Field_indirectTax;
	public static String Field_years;
	public static String Field_discountRate;
	public static String Field_notNumber;
	public static String Groups_name;
	public static String Groups_share;
	public static String Groups_work;
	public static String Groups_subsidy;
	public static String Groups_resources;
	public static String Groups_deadweight;
	public static String Groups_dropOff;
	public static String Groups_newName;
	public static String Result_actor;
	public static String Result_revenue;
	public static String Result_cost;
	public static String Result_profit1;
	public static String Result_profitN;
	public static String Result_payback;
	public static String Result_none;
	public static String Result_summary;
	public static String Result_potential;
	public static String Result_noEvaluation;
	public static String Chart_cost;
	public static String Chart_revenue1;
	public static String Chart_revenueN;
	public static String Json_invalid;
	public static String Command_edit;
	public static String Evaluation_newName;
	public static String Field_indirectTaxDefault;
	public static String Sensitivity_assumption;
	public static String Sensitivity_value;
	public static String Section_before;
	public static String Section_beforeHint;
	public static String Button_addSupport;
	public static String Button_removeSupport;
	public static String Before_support;
	public static String Before_share;
	public static String Before_kommun;
	public static String Before_region;
	public static String Before_fk;
	public static String Before_af;

	public static String Button_newTip;
	public static String Button_removeTip;
	public static String Button_addGroupTip;
	public static String Button_removeGroupTip;
	public static String Button_addSupportTip;
	public static String Button_removeSupportTip;
	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
