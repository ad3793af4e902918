package se.finsam.ui.help.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "se.finsam.ui.help.internal.messages"; //$NON-NLS-1$

	public static String Guide_title;
	public static String Guide_search;
	public static String Guide_searchTip;
	public static String Keys_title;
	public static String Keys_command;
	public static String Keys_key;
	public static String Keys_close;
	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
