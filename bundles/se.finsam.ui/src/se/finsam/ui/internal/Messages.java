package se.finsam.ui.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "se.finsam.ui.internal.messages"; //$NON-NLS-1$

	public static String About_component;
	public static String About_copy;
	public static String About_text;
	public static String About_title;
	public static String About_version;
	public static String Application_dataLocationInUse;
	public static String Application_title;
	public static String Menu_edit;
	public static String Menu_file;
	public static String Menu_help;
	public static String Menu_showView;
	public static String Menu_window;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
