package se.finsam.io.xlsx.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "se.finsam.io.xlsx.internal.messages";

	public static String Read_notWorkbook;
	public static String Read_encrypted;
	public static String Read_tooComplex;
	public static String Read_zipBomb;
	public static String Read_damaged;
	public static String Read_entities;
	public static String Read_rows;
	public static String Read_columns;
	public static String Read_cellTooLong;
	public static String Read_sharedStrings;
	public static String Dis_errorCell;
	public static String Dis_codeTooLong;
	public static String Dis_personnummerFormat;
	public static String Dis_personnummerDate;
	public static String Dis_personnummerCheckDigit;
	public static String Dis_gender;
	public static String Dis_year;
	public static String Dis_age;
	public static String Dis_date;
	public static String Dis_dateInFuture;
	public static String Dis_percent;
	public static String Dis_yesNo;
	public static String Dis_unknownCode;
	public static String Dis_duplicateColumn;
	public static String Dis_noProject;
	public static String Dis_createdProjectName;
	public static String Dis_unknownProjectName;
	public static String Dis_unknownProject;
	public static String Dis_codeMissing;
	public static String Dis_duplicateCode;
	public static String Dis_codeInOtherProject;
	public static String Dis_noHeader;
	public static String Progress_reading;
	public static String Progress_checking;
	public static String Budget_noHeader;
	public static String Budget_duplicateYear;
	public static String Budget_negative;
	public static String Budget_notAmount;
	public static String Export_participantsSheet;
	public static String Export_budgetSheet;
	public static String Export_problemsSheet;
	public static String Export_total;
	public static String Export_problemSheet;
	public static String Export_problemCell;
	public static String Export_problemValue;
	public static String Export_problemMessage;
	public static String Write_failed;

	public static String Sample_yes;
	public static String Sample_no;
	public static String Sample_female;
	public static String Sample_male;
	public static String Sample_unspecified;
	public static String Dis_unknownColumn;
	public static String Read_unreadable;
	public static String Read_missing;
	public static String Read_directory;
	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
