package se.finsam.ui.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "se.finsam.ui.internal.messages"; //$NON-NLS-1$

	public static String About_component;
	public static String About_copy;
	public static String About_text;
	public static String About_title;
	public static String About_version;
	public static String Application_dataLocationInUse;
	public static String Application_title;
	public static String Menu_edit;
	public static String Menu_file;
	public static String Menu_help;
	public static String Menu_showView;
	public static String Menu_window;
	public static String KeyDialog_message;
	public static String KeyDialog_title;
	public static String Navigator_active;
	public static String Navigator_budget;
	public static String Navigator_counting;
	public static String Navigator_delete;
	public static String Navigator_deleteMessage;
	public static String Navigator_deleteTitle;
	public static String Navigator_deleting;
	public static String Navigator_evaluations;
	public static String Navigator_finished;
	public static String Navigator_link;
	public static String Navigator_longTerm;
	public static String Navigator_newProject;
	public static String Navigator_newProjectInvalid;
	public static String Navigator_newProjectMessage;
	public static String Navigator_newProjectName;
	public static String Navigator_newProjectTitle;
	public static String Navigator_notFound;
	public static String Navigator_open;
	public static String Navigator_opening;
	public static String Navigator_participants;
	public static String Navigator_participantsCount;
	public static String Navigator_planned;
	public static String Navigator_projects;
	public static String Navigator_refresh;
	public static String Navigator_refreshing;
	public static String Navigator_rename;
	public static String Navigator_renameEmpty;
	public static String Navigator_renameMessage;
	public static String Navigator_renameTitle;
	public static String Navigator_reports;
	public static String Navigator_saving;
	public static String Navigator_searchHint;
	public static String Navigator_searching;
	public static String Preferences_description;
	public static String Preferences_data;
	public static String Preferences_browse;
	public static String Preferences_dataNote;
	public static String Preferences_dataRelative;
	public static String Preferences_dataNotDirectory;
	public static String Preferences_dataInvalid;
	public static String Preferences_language;
	public static String Preferences_languageSystem;
	public static String Preferences_format;
	public static String Preferences_formatPdf;
	public static String Preferences_formatDocx;
	public static String Preferences_formatXlsx;
	public static String Preferences_formatHtml;
	public static String Preferences_rows;
	public static String Preferences_rowsNote;
	public static String Preferences_fileProblems;
	public static String Preferences_saveFailed;
	public static String Preferences_restartTitle;
	public static String Preferences_restartMessage;
	public static String StoragePassword_title;
	public static String StoragePassword_createTitle;
	public static String StoragePassword_enterTitle;
	public static String StoragePassword_createMessage;
	public static String StoragePassword_enterMessage;
	public static String StoragePassword_password;
	public static String StoragePassword_repeat;
	public static String StoragePassword_note;
	public static String StoragePassword_tooShort;
	public static String StoragePassword_differ;
	public static String StoragePassword_wrong;
	public static String Session_creatingDemo;
	public static String Session_noKey;
	public static String Session_notOpen;
	public static String Session_opening;
	public static String Session_secureStorage;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
