package se.finsam.reports.cli.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "se.finsam.reports.cli.internal.messages";

	public static String Report_summary;
	public static String Report_usage;
	public static String Report_noTemplate;
	public static String Report_noDesign;
	public static String Report_designs;
	public static String Report_badFormat;
	public static String Report_datesOutOfOrder;
	public static String Report_written;
	public static String Report_id;
	public static String Report_name;
	public static String Report_kind;
	public static String Report_bundle;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
