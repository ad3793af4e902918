package se.finsam.plugins;

import java.util.List;

/** A plug-in could not be listed, installed or removed; the message says why in the user's language. */
public class PluginException extends Exception {

	private static final long serialVersionUID = 1L;

	/** Plug-ins refused because their signature is missing or not trusted, and who signed them. */
	private final List<String> untrusted;

	public PluginException(String message, Throwable cause) {
		this(message, cause, List.of());
	}

	public PluginException(String message, Throwable cause, List<String> untrusted) {
		super(message, cause);
		this.untrusted = List.copyOf(untrusted);
	}

	/**
	 * Non-empty when nothing was installed only because the content is unsigned or signed by someone not trusted:
	 * one line per signer ("osignerat: …", "CN=…"). Installing again with {@code trust} set accepts them.
	 */
	public List<String> untrusted() {
		return untrusted;
	}
}
