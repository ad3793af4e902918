package se.finsam.stats.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "se.finsam.stats.internal.messages";

	public static String Gender_female;
	public static String Gender_male;
	public static String Gender_unspecified;
	public static String Age_under;
	public static String Age_range;
	public static String Age_over;
	public static String Age_unknown;
	public static String Total;
	public static String TotalCosts;
	public static String Participants_title;
	public static String Participants_total;
	public static String Participants_women;
	public static String Participants_men;
	public static String Participants_unspecified;
	public static String Participants_active;
	public static String Participants_finished;
	public static String Participants_months;
	public static String Column_what;
	public static String Column_count;
	public static String Column_share;
	public static String Age_title;
	public static String Age_column;
	public static String Outcomes_title;
	public static String Outcomes_column;
	public static String Outcomes_missing;
	public static String Outcomes_active;
	public static String Outcomes_positive;
	public static String Outcomes_note;
	public static String Dropout_title;
	public static String Dropout_computed;
	public static String Dropout_reported;
	public static String Transition_support;
	public static String Transition_occupation;
	public static String Transition_from;
	public static String Transition_to;
	public static String Transition_note;
	public static String Costs_title;
	public static String Costs_perParticipant;
	public static String Costs_total;
	public static String Budget_title;
	public static String Budget_line;
	public static String Budget_budget;
	public static String Budget_cost;
	public static String Budget_remaining;
	public static String Goals_title;
	public static String Goals_goal;
	public static String Goals_outcome;
	public static String Suppressed_note;

	public static String OutcomesGender_title;
	public static String OutcomesGender_note;
	public static String Sectors_title;
	public static String Sectors_column;
	public static String Sectors_none;
	public static String Sectors_note;
	public static String Matrix_support;
	public static String Matrix_occupation;
	public static String Matrix_supportCorner;
	public static String Matrix_occupationCorner;
	public static String Budget_costYear;
	public static String Derived_note;
	public static String Participants_withdrawn;
	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
