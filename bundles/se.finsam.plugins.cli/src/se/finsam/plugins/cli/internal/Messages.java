package se.finsam.plugins.cli.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "se.finsam.plugins.cli.internal.messages"; //$NON-NLS-1$

	public static String Plugins_summary;
	public static String Plugins_usage;
	public static String Plugins_needRepository;
	public static String Plugins_needFeature;
	public static String Plugins_unknownAction;
	public static String Plugins_extra;
	public static String Plugins_removed;
	public static String Plugins_installed;
	public static String Plugins_nextStart;
	public static String Plugins_trustHint;
	public static String Plugins_unsigned;
	public static String Plugins_product;
	public static String Plugins_feature;
	public static String Plugins_version;
	public static String Plugins_templates;
	public static String Plugins_signer;
	public static String Plugins_source;
	public static String Update_summary;
	public static String Update_usage;
	public static String Update_needRepository;
	public static String Update_upToDate;
	public static String Update_done;
	public static String Update_nextStart;
	public static String Update_trustHint;
	public static String Update_name;
	public static String Update_id;
	public static String Update_installed;
	public static String Update_available;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
