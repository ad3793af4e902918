package se.finsam.io.xlsx.ui.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "se.finsam.io.xlsx.ui.internal.messages";

	public static String Import_title;
	public static String Import_notOpen;
	public static String Import_job;
	public static String File_title;
	public static String File_description;
	public static String File_file;
	public static String File_browse;
	public static String File_association;
	public static String File_project;
	public static String File_projectFromColumn;
	public static String File_create;
	public static String File_validOnly;
	public static String File_hint;
	public static String File_filterExcel;
	public static String File_filterAll;
	public static String File_missing;
	public static String Preview_title;
	public static String Preview_description;
	public static String Preview_again;
	public static String Preview_rowsTab;
	public static String Preview_columnsTab;
	public static String Preview_problemsTab;
	public static String Preview_problemsCount;
	public static String Preview_cell;
	public static String Preview_value;
	public static String Preview_problem;
	public static String Preview_saveProblems;
	public static String Preview_problemsFile;
	public static String Preview_reading;
	public static String Preview_rowsRead;
	public static String Preview_cancelled;
	public static String Preview_summary;
	public static String Preview_projectsToCreate;
	public static String Preview_ready;
	public static String Preview_nothingToDo;
	public static String Preview_validOnly;
	public static String Preview_blocked;
	public static String Preview_status;
	public static String Preview_row;
	public static String Status_new;
	public static String Status_update;
	public static String Status_unchanged;
	public static String Status_invalid;
	public static String Mapping_hint;
	public static String Mapping_sheet;
	public static String Mapping_heading;
	public static String Mapping_column;
	public static String Export_title;
	public static String Export_noEditor;
	public static String Export_personnummerQuestion;
	public static String Export_without;
	public static String Export_with;
	public static String Export_participantsFile;
	public static String Export_budgetFile;
	public static String Export_statisticsFile;
	public static String Export_job;
	public static String Export_auditReason;
	public static String Export_notRecorded;

	public static String File_browseTip;
	public static String Preview_againTip;
	public static String Preview_saveProblemsTip;
	public static String Import_summary;
	public static String Import_summaryProjects;
	public static String Preview_sheetRow;
	public static String Mapping_extra;
	public static String Mapping_extraPersonal;
	public static String Mapping_ignore;
	public static String Mapping_undecided;
	public static String Preview_undecided;
	public static String Preview_readAgain;
	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
