package se.finsam.stats.cli.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "se.finsam.stats.cli.internal.messages";

	public static String Stats_readerOptions;
	public static String Stats_nonePublished;
	public static String Stats_published;
	public static String Stats_summary;
	public static String Stats_usage;
	public static String Stats_datesOutOfOrder;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
