package se.finsam.privacy.cli.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "se.finsam.privacy.cli.internal.messages";
	public static String Gallra_summary;
	public static String Gallra_usage;
	public static String Gallra_rule;
	public static String Gallra_ruleSet;
	public static String Gallra_nothing;
	public static String Gallra_project;
	public static String Gallra_wouldErase;
	public static String Gallra_erased;
	public static String Gallra_backups;
	public static String Gallra_backupsWould;
	public static String Gallra_badYears;
	public static String Person_summary;
	public static String Person_usage;
	public static String Person_none;
	public static String Person_registered;
	public static String Person_extractWritten;
	public static String Person_extractFormat;
	public static String Person_extractFailed;
	public static String Person_erased;
	public static String Person_withdrawn;
	public static String Person_eraseOrWithdraw;
	public static String Audit_toBeforeFrom;
	public static String Audit_summary;
	public static String Audit_usage;
	public static String Audit_none;
	public static String Audit_line;
	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
