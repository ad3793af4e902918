package se.finsam.cli.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "se.finsam.cli.internal.messages"; //$NON-NLS-1$

	public static String Arguments_missingValue;
	public static String Arguments_notANumber;
	public static String Arguments_outOfRange;
	public static String Arguments_repeated;
	public static String Arguments_required;
	public static String Arguments_unexpected;
	public static String Arguments_unknownOption;
	public static String List_noProject;
	public static String Store_empty;
	public static String Store_upgraded;
	public static String Store_keyPrompt;
	public static String Store_teamKeyPrompt;
	public static String Store_passwordPrompt;
	public static String Store_noKey;
	public static String Store_noKeyFile;
	public static String Store_noSuchAssociation;
	public static String Store_whichAssociation;
	public static String Arguments_notADate;

	public static String Input_directory;
	public static String Input_missing;
	public static String Input_unreadable;
	public static String Store_ambiguousAssociation;
	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
