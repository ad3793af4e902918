package se.finsam.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What a command may use of its environment.
 *
 * @param out standard output: results only, so that they can be piped
 * @param err standard error: progress and warnings
 * @param dataLocation the data directory ({@code --data DIR}, by default {@code ~/.finsam})
 * @param debug whether {@code --debug} was given
 * @param interactive whether standard input is a terminal (never prompt when it is not)
 * @param server the team server chosen ({@code --server postgresql://USER@HOST:PORT/DB}, else the {@code server}
 *            setting), or null for the embedded store of the data directory
 */
public record CommandContext(PrintStream out, PrintStream err, Path dataLocation, boolean debug,
		boolean interactive, String server) {

	/** A context on the embedded store of the data directory. */
	public CommandContext(PrintStream out, PrintStream err, Path dataLocation, boolean debug, boolean interactive) {
		this(out, err, dataLocation, debug, interactive, null);
	}
}
