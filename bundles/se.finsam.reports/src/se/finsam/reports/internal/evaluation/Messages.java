package se.finsam.reports.internal.evaluation;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "se.finsam.reports.internal.evaluation.messages";

	public static String Evaluation_none;
	public static String Evaluation_invalid;
	public static String Summary_title;
	public static String Summary_note;
	public static String Summary_participants;
	public static String Summary_cost;
	public static String Summary_revenue;
	public static String Summary_payback;
	public static String Summary_profit1;
	public static String Summary_profitN;
	public static String Summary_potential;
	public static String Summary_used;
	public static String Summary_sroi;
	public static String Actors_title;
	public static String Assumptions_title;
	public static String Column_what;
	public static String Column_value;
	public static String Column_actor;
	public static String Column_revenue;
	public static String Column_cost;
	public static String Column_profit1;
	public static String Column_profitN;
	public static String Column_payback;
	public static String Column_source;
	public static String Payback_none;
	public static String Unit_thousands;

	public static String PerParticipant_title;
	public static String Years_title;
	/** The titles without their figures, over a table that says why it has none. */
	public static String Summary_plain;
	public static String PerParticipant_plain;
	public static String Years_plain;
	public static String Years_year;
	public static String Years_column;
	public static String Years_cumulated;
	public static String Years_net;
	public static String Years_note;
	public static String Sensitivity_title;
	public static String Sensitivity_assumption;
	public static String Sensitivity_none;
	public static String Avoided_title;
	public static String Avoided_who;
	public static String Avoided_payer;
	public static String Avoided_before;
	public static String Avoided_average;
	public static String Avoided_after;
	public static String Avoided_person;
	public static String Avoided_payerTotal;
	public static String Avoided_total;
	public static String Avoided_none;
	public static String Avoided_note;
	public static String Summary_perParticipant;
	public static String Sensitivity_titleAlone;
	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
