package se.finsam.model.validation;

import org.eclipse.osgi.util.NLS;

/** Validation messages: Swedish (messages_sv) by default in the product, English available. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "se.finsam.model.validation.messages"; //$NON-NLS-1$

	public static String Label_goal;
	public static String Label_signature;
	public static String Label_localGroup;
	public static String Label_attribute;
	public static String Label_association;
	public static String Label_budgetAmount;
	public static String Label_budgetLine;
	public static String Label_dropout;
	public static String Label_earlierPeriod;
	public static String Label_flatRate;
	public static String Label_grantedPeriod;
	public static String Label_measurementExit;
	public static String Label_measurementStart;
	public static String Label_participant;
	public static String Label_party;
	public static String Label_period;
	public static String Label_project;
	public static String Label_reportPeriod;
	public static String Label_unnamed;
	public static String Rule_birthYearMismatch;
	public static String Rule_birthYearRange;
	public static String Rule_codeRequired;
	public static String Rule_codeTooLong;
	public static String Rule_consentLimitsData;
	public static String Rule_diarienummerFormat;
	public static String Rule_diarienummerRequired;
	public static String Rule_dropoutCount;
	public static String Rule_dropoutShare;
	public static String Rule_duplicateDiarienummer;
	public static String Rule_duplicateParticipantCode;
	public static String Rule_duplicateYear;
	public static String Rule_endBeforeStart;
	public static String Rule_enrolmentYearMismatch;
	public static String Rule_eq5dDecimals;
	public static String Rule_eq5dIndex;
	public static String Rule_eq5dVas;
	public static String Rule_exitBeforeEnrolment;
	public static String Rule_exitReasonWithoutExitDate;
	public static String Rule_extentRange;
	public static String Rule_nameRequired;
	public static String Rule_negativeAmount;
	public static String Rule_negativeShare;
	public static String Rule_organisationNumber;
	public static String Rule_ownerNotParticipating;
	public static String Rule_personnummerCheckDigit;
	public static String Rule_personnummerDate;
	public static String Rule_personnummerFormat;
	public static String Rule_sharesSum;
	public static String Rule_unknownCode;

	public static String Field_name;
	public static String Field_organisationNumber;
	public static String Field_diarienummerFormat;
	public static String Field_kind;
	public static String Field_description;
	public static String Field_diarienummer;
	public static String Field_targetGroup;
	public static String Field_resources;
	public static String Field_methods;
	public static String Field_activities;
	public static String Field_successFactors;
	public static String Field_systemFaults;
	public static String Field_steeringGroupAnalysis;
	public static String Field_outcome;
	public static String Field_unit;
	public static String Field_comment;
	public static String Field_role;
	public static String Field_category;
	public static String Field_label;
	public static String Field_birthYear;
	public static String Field_enrolmentDate;
	public static String Field_exitDate;
	public static String Field_exitReason;
	public static String Field_measurements;
	public static String Field_occupationAtExit;
	public static String Field_occupationAtStart;
	public static String Field_personalIdentityNumber;
	public static String Field_referringParty;
	public static String Field_supportAtExit;
	public static String Field_supportAtStart;
	public static String Field_extraAttributes;
	public static String Field_supportExtentAtStart;
	public static String Field_supportExtentAtExit;
	public static String Field_budget;
	public static String Field_requisitioned;
	public static String Field_accumulatedCost;

	public static String Rule_diarienummerPattern;
	public static String Rule_retentionYears;
	public static String Rule_bidiControl;
	public static String Rule_textTooLong;
	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
