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
	public static String Cli_commandsHeading;
	public static String Cli_commandHelpHint;
	public static String Cli_debugHint;
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

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
