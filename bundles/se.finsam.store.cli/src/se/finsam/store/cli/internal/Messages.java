package se.finsam.store.cli.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "se.finsam.store.cli.internal.messages"; //$NON-NLS-1$

	public static String Admin_summary;
	public static String Admin_usage;
	public static String Admin_what;
	public static String Admin_noServer;
	public static String Admin_initialized;
	public static String Admin_alreadyInitialized;
	public static String Admin_upgraded;
	public static String Store_serverBackup;
	public static String AdminUser_badRole;
	public static String AdminUser_added;
	public static String AdminUser_removed;
	public static String AdminUser_noPassword;
	public static String AdminUser_passwordPrompt;
	public static String AdminUser_passwordAgain;
	public static String AdminUser_passwordsDiffer;
	public static String AdminUser_name;
	public static String AdminUser_role;
	public static String AdminUser_projects;
	public static String Admin_table;
	public static String Admin_rows;
	public static String Admin_checksum;
	public static String Admin_migrated;
	public static String Admin_exported;
	public static String Backup_done;
	public static String Backup_summary;
	public static String Backup_usage;
	public static String Demo_created;
	public static String Demo_createdOneProject;
	public static String Demo_exists;
	public static String Demo_summary;
	public static String Demo_usage;
	public static String Gender_female;
	public static String Gender_male;
	public static String Gender_unspecified;
	public static String Key_exists;
	public static String Key_summary;
	public static String Key_usage;
	public static String Key_written;
	public static String Kind_longTerm;
	public static String Kind_project;
	public static String List_birthYear;
	public static String List_code;
	public static String List_count;
	public static String List_dnr;
	public static String List_enrolled;
	public static String List_exitReason;
	public static String List_exited;
	public static String List_gender;
	public static String List_kind;
	public static String List_name;
	public static String List_noProject;
	public static String List_participants;
	public static String List_period;
	public static String List_summary;
	public static String List_usage;
	public static String List_what;
	public static String Restore_aside;
	public static String Restore_done;
	public static String Restore_summary;
	public static String Restore_usage;
	public static String Store_nothing;

	public static String Backup_verified;
	public static String Backup_verifiedNoManifest;
	public static String Key_notABackup;
	public static String Key_designerWarning;
	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
