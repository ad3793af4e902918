package se.finsam.calc.cli.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "se.finsam.calc.cli.internal.messages"; //$NON-NLS-1$

	public static String Calc_summary;
	public static String Calc_usage;
	public static String Calc_format;
	public static String Calc_actor;
	public static String Calc_revenue;
	public static String Calc_cost;
	public static String Calc_profit1;
	public static String Calc_profitN;
	public static String Calc_payback;
	public static String Calc_none;
	public static String Calc_header;
	public static String Calc_potential;
	public static String Calc_npv;
	public static String Calc_avoided;
	public static String Calc_payer;
	public static String Calc_amount;
	public static String Calc_total;
	public static String Calc_sensitivity;
	public static String Calc_assumption;
	public static String Calc_value;
	public static String Calc_scenarios;
	public static String Calc_scenario;
	public static String Calc_assumptions;
	public static String Calc_source;
	public static String Calc_year;

	public static String Calc_saveIndividual;
	public static String Calc_nameWithoutSave;
	public static String Calc_saved;
	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
