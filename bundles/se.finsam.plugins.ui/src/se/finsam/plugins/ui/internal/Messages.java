package se.finsam.plugins.ui.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "se.finsam.plugins.ui.internal.messages"; //$NON-NLS-1$

	public static String Dialog_title;
	public static String Dialog_message;
	public static String Dialog_repository;
	public static String Dialog_folder;
	public static String Dialog_zip;
	public static String Dialog_search;
	public static String Dialog_offered;
	public static String Dialog_installed;
	public static String Dialog_remove;
	public static String Dialog_install;
	public static String Dialog_close;
	public static String Dialog_installedLine;
	public static String Dialog_unsigned;
	public static String Dialog_product;
	public static String Dialog_noRepository;
	public static String Dialog_noneOffered;
	public static String Column_name;
	public static String Column_version;
	public static String Column_templates;
	public static String Column_source;
	public static String Trust_title;
	public static String Trust_question;
	public static String Remove_confirm;
	public static String Remove_done;
	public static String Restart_title;
	public static String Restart_question;

	public static String Dialog_searching;
	public static String Dialog_installing;
	public static String Dialog_removing;
	public static String Update_title;
	public static String Update_message;
	public static String Update_search;
	public static String Update_found;
	public static String Update_installed;
	public static String Update_new;
	public static String Update_update;
	public static String Update_updating;
	public static String Update_upToDate;
	public static String Update_doneLine;
	public static String Update_trust;
	public static String Update_trustTitle;
	public static String Update_restart;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
