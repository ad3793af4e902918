package se.finsam.cli.app.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "se.finsam.cli.app.internal.messages"; //$NON-NLS-1$

	public static String Cli_commandsHeading;
	public static String Cli_commandHelpHint;
	public static String Cli_debugHint;
	public static String Cli_serverMissing;
	public static String Cli_globalOptions;
	public static String Cli_internalError;
	public static String Cli_noCommands;
	public static String Cli_tagline;
	public static String Cli_unknownCommand;
	public static String Cli_usage;
	public static String Help_summary;
	public static String Help_usage;
	public static String Version_summary;
	public static String Version_usage;
	public static String Settings_summary;
	public static String Settings_usage;
	public static String Settings_badUse;
	public static String Settings_unknownKey;
	public static String Settings_badValue;
	public static String Settings_saved;
	public static String Settings_saveFailed;
	public static String Settings_file;
	public static String Settings_inUse;
	public static String Settings_problem;

	public static String Cli_outOfMemory;
	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
