package se.finsam.io.xlsx.cli.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "se.finsam.io.xlsx.cli.internal.messages";

	public static String Import_summary;
	public static String Import_usage;
	public static String Import_oneFile;
	public static String Import_budgetNeedsProject;
	public static String Import_read;
	public static String Import_counts;
	public static String Import_projectsToCreate;
	public static String Import_problems;
	public static String Import_moreProblems;
	public static String Import_problemsWritten;
	public static String Import_dryRun;
	public static String Import_stored;
	public static String Import_nothingStored;
	public static String Import_nothingToDo;
	public static String Import_budgetNothingStored;
	public static String Import_budgetStored;
	public static String Export_summary;
	public static String Export_usage;
	public static String Export_what;
	public static String Export_written;

	public static String Import_badColumn;
	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
