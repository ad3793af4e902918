package se.finsam.store.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "se.finsam.store.internal.messages"; //$NON-NLS-1$

	public static String Key_cannotRead;
	public static String Key_cannotWrite;
	public static String Key_damaged;
	public static String Key_tooShort;
	public static String Store_backupFailed;
	public static String Store_cannotOpen;
	public static String Store_codeInUse;
	public static String Store_databaseError;
	public static String Store_detailsTooLong;
	public static String Store_detailsTooLongForUpgrade;
	public static String Store_diarienummerInUse;
	public static String Store_inUse;
	public static String Store_invalid;
	public static String Store_newerSchema;
	public static String Store_noSuchAssociation;
	public static String Store_partyInUse;
	public static String Store_restoreFailed;
	public static String Store_restoreNoBackup;
	public static String Store_staleAssociation;
	public static String Store_staleProject;
	public static String Store_loadCancelled;
	public static String Store_wrongKey;
	public static String Store_projectGone;

	public static String Store_errorTooLong;
	public static String Store_errorLocked;
	public static String Store_errorDeadlock;
	public static String Store_errorDamaged;
	public static String Store_halfCreated;
	public static String Store_missing;
	public static String Backup_manifestDamaged;
	public static String Backup_fileMissing;
	public static String Backup_fileSize;
	public static String Backup_fileChanged;
	public static String Backup_fileExtra;
	public static String Backup_damaged;
	public static String Backup_unreadable;
	public static String Backup_doesNotBoot;
	public static String Backup_checkFailed;
	public static String Backup_noTables;
	public static String Backup_tableDamaged;
	public static String Backup_moreProblems;
	public static String Key_weakShort;
	public static String Key_weakCommon;
	public static String Key_saltUnreadable;
	public static String Key_fileOpen;
	public static String Team_badName;
	public static String Team_projectsForCoordinators;
	public static String Team_shortPassword;
	public static String Team_userExists;
	public static String Team_noSuchUser;
	public static String Team_noSuchProject;
	public static String Team_notAllowed;
	public static String Server_passwordNeeded;
	public static String Copy_notEmpty;
	public static String Copy_mismatch;
	public static String Copy_exists;
	public static String Copy_noSource;
	public static String Store_staleProjectBy;
	public static String Server_notAnAddress;
	public static String Server_passwordInAddress;
	public static String Server_unknownParameter;
	public static String Server_tlsRequired;
	public static String Server_badPort;
	public static String Server_notOurs;
	public static String Server_notInitialized;
	public static String Server_older;
	public static String Server_loginRefused;
	public static String Server_noDatabase;
	public static String Server_unknownHost;
	public static String Server_down;
	public static String Server_tlsFailed;
	public static String Server_cannotConnect;
	public static String Server_noBackup;
	public static String Server_designDirect;
	public static String Server_importWhileEditing;
	public static String Server_keyNeeded;
	public static String Server_designerDirect;
	public static String Server_readerNoParticipants;
	public static String Store_errorConnection;
	public static String Store_errorNoRight;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
