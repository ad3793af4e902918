package se.finsam.reports.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "se.finsam.reports.internal.messages";

	public static String Kind_project;
	public static String Kind_longTerm;
	public static String Fact_name;
	public static String Fact_diarienummer;
	public static String Fact_kind;
	public static String Fact_owner;
	public static String Fact_parties;
	public static String Fact_grantedPeriod;
	public static String Fact_earlierPeriods;
	public static String Fact_reportPeriod;
	public static String Period_to;
	public static String Report_period;
	public static String Report_unanswered;
	public static String Report_unknownStatistic;
	public static String Report_unknownPart;
	public static String Report_chartSuppressed;
	public static String Report_yes;
	public static String Report_no;
	public static String Signature_date;
	public static String Signature_signature;
	public static String Signature_name;
	public static String Render_failed;
	public static String Render_errors;

	public static String Xlsx_reportSheet;
	public static String Xlsx_reportColumn;
	public static String Xlsx_seeSheet;
	public static String Xlsx_chart;
	public static String Kind_annual;
	public static String Kind_interim;
	public static String Kind_status;
	public static String Kind_final;
	public static String Kind_plan;
	public static String Kind_custom;
	public static String Report_draft;
	public static String Report_draftOne;
	public static String Report_internal;
	public static String Look_refused;
	public static String Look_unreadable;
	public static String Design_noSandbox;
	public static String Design_dataSource;
	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
