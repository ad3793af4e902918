package se.finsam.privacy.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "se.finsam.privacy.internal.messages";
	public static String Gallring_reason;
	public static String Person_format;
	public static String Person_date;
	public static String Person_checkDigit;
	public static String Person_found;
	public static String Extract_format;
	public static String Extract_title;
	public static String Extract_intro;
	public static String Extract_purpose;
	public static String Extract_none;
	public static String Extract_registration;
	public static String Extract_history;
	public static String Extract_noHistory;
	public static String Extract_act;
	public static String Trail_noProject;
	public static String Change_line;
	public static String Change_inserted;
	public static String Change_updated;
	public static String Change_deleted;
	public static String Change_project;
	public static String Change_participant;
	public static String Change_document;
	public static String Change_goal;
	public static String Change_period;
	public static String Change_party;
	public static String Change_budget;
	public static String Action_reveal;
	public static String Action_export;
	public static String Action_gallring;
	public static String Action_lookup;
	public static String Action_extract;
	public static String Action_erase;
	public static String Action_withdrawn;
	public static String Field_personnummer;
	public static String Field_code;
	public static String Field_gender;
	public static String Field_birthYear;
	public static String Field_consent;
	public static String Field_consentWithdrawn;
	public static String Field_enrolment;
	public static String Field_exit;
	public static String Field_referringParty;
	public static String Field_supportAtStart;
	public static String Field_supportAtExit;
	public static String Field_occupationAtStart;
	public static String Field_occupationAtExit;
	public static String Field_exitReason;
	public static String Field_measurementStart;
	public static String Field_measurementExit;
	public static String Field_employerSector;
	public static String Field_identityErased;
	public static String Gender_female;
	public static String Gender_male;
	public static String Gender_unspecified;
	public static String Yes;
	public static String No;
	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
