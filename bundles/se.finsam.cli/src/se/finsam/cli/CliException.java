package se.finsam.cli;

/**
 * A failure reported to the user as one line on stderr, with a non-zero exit code. The message must say what is
 * wrong and where, in the user's language; the cause is shown only with {@code --debug}.
 */
public class CliException extends Exception {

	private static final long serialVersionUID = 1L;

	/** Exit code for a failure while doing the work. */
	public static final int FAILED = 1;
	/** Exit code for a wrong command line. */
	public static final int USAGE = 2;

	private final int exitCode;

	public CliException(String message) {
		this(message, FAILED, null);
	}

	public CliException(String message, Throwable cause) {
		this(message, FAILED, cause);
	}

	public CliException(String message, int exitCode, Throwable cause) {
		super(message, cause);
		this.exitCode = exitCode;
	}

	/** A mistake on the command line (exit code {@link #USAGE}). */
	public static CliException usage(String message) {
		return new CliException(message, USAGE, null);
	}

	public int exitCode() {
		return exitCode;
	}
}
