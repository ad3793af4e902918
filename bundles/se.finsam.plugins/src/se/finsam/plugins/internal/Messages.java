package se.finsam.plugins.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "se.finsam.plugins.internal.messages"; //$NON-NLS-1$

	public static String Repository_badAddress;
	public static String Repository_onlyHttps;
	public static String Repository_missing;
	public static String Repository_notP2;
	public static String Repository_unreadable;
	public static String Repository_noNetwork;
	public static String Repository_untrustedServer;
	public static String Trust_signedBy;
	public static String Trust_pgpKey;
	public static String Trust_unsigned;
	public static String Trust_andMore;
	public static String Install_noProfile;
	public static String Install_readOnly;
	public static String Install_noSuchFeature;
	public static String Install_none;
	public static String Install_nothingOffered;
	public static String Install_notTemplate;
	public static String Install_wouldChange;
	public static String Install_unresolved;
	public static String Install_missing;
	public static String Install_untrusted;
	public static String Install_present;
	public static String Update_none;
	public static String Update_readOnly;
	public static String Update_notOurs;
	public static String Update_unresolved;
	public static String Install_failed;
	public static String Remove_notInstalled;
	public static String Remove_notTemplate;
	public static String Remove_partOfProduct;
	public static String Remove_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
