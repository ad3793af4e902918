package se.finsam.privacy.ui.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "se.finsam.privacy.ui.internal.messages";

	public static String Audit_title;
	public static String Audit_message;
	public static String Audit_project;
	public static String Audit_projectHint;
	public static String Audit_user;
	public static String Audit_userHint;
	public static String Audit_from;
	public static String Audit_to;
	public static String Audit_when;
	public static String Audit_who;
	public static String Audit_what;
	public static String Audit_projectColumn;
	public static String Audit_subject;
	public static String Audit_detail;
	public static String Audit_show;
	public static String Audit_showTip;
	public static String Audit_reading;
	public static String Audit_none;
	public static String Audit_count;
	public static String Audit_countOne;
	public static String Audit_failed;
	public static String Audit_badDate;
	public static String Audit_toBeforeFrom;
	public static String Privacy_notOpen;
	public static String Gallring_title;
	public static String Gallring_message;
	public static String Gallring_association;
	public static String Gallring_project;
	public static String Gallring_code;
	public static String Gallring_exit;
	public static String Gallring_due;
	public static String Gallring_noExit;
	public static String Gallring_run;
	public static String Gallring_reading;
	public static String Gallring_running;
	public static String Gallring_nothing;
	public static String Gallring_summary;
	public static String Gallring_backups;
	public static String Gallring_noBackups;
	public static String Gallring_confirm;
	public static String Gallring_done;
	public static String Person_title;
	public static String Person_message;
	public static String Person_personnummer;
	public static String Person_personnummerHint;
	public static String Person_find;
	public static String Person_association;
	public static String Person_project;
	public static String Person_projectName;
	public static String Person_code;
	public static String Person_extract;
	public static String Person_erase;
	public static String Person_withdraw;
	public static String Person_none;
	public static String Person_foundCount;
	public static String Person_finding;
	public static String Person_extracting;
	public static String Person_changing;
	public static String Person_pdf;
	public static String Person_json;
	public static String Person_extractFile;
	public static String Person_extractWritten;
	public static String Person_eraseConfirm;
	public static String Person_withdrawConfirm;
	public static String Person_erased;
	public static String Person_withdrawn;
	public static String Person_failed;
	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
