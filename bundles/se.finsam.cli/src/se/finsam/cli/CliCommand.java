package se.finsam.cli;

/**
 * A command of {@code ./finsam}. Bundles contribute commands by registering this interface as an OSGi service
 * (a Declarative Services component is the usual way); the CLI core lists and runs whatever is registered.
 *
 * <pre>
 * &#64;Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=stats")
 * public class StatsCommand implements CliCommand {
 *     public String name() { return "stats"; }
 *     public String summary() { return Messages.stats_summary; }
 *     public String usage() { return Messages.stats_usage; }
 *     public int run(Arguments args, CommandContext context) throws CliException { ... return 0; }
 * }
 * </pre>
 *
 * Text is shown to users: keep it in the bundle's NLS messages (Swedish by default, English available).
 */
public interface CliCommand {

	/**
	 * The service property that carries the command's {@link #name()}. With it, {@code ./finsam stats} activates the
	 * stats command alone (with the services it references); a command without it is still found, but only after
	 * every command has been activated to ask its name.
	 */
	String NAME_PROPERTY = "finsam.command";

	/** The word typed after {@code ./finsam}: lower case, no spaces, unique. */
	String name();

	/** One line for {@code ./finsam --help}. */
	String summary();

	/**
	 * The whole help for {@code ./finsam <name> --help}: synopsis on the first line, then options and examples.
	 */
	String usage();

	/** Whether {@code ./finsam --help} lists it; diagnostic commands (benchmarks) are not listed. */
	default boolean listed() {
		return true;
	}

	/**
	 * Runs the command. Consume options with {@link Arguments} and call {@link Arguments#done()} before doing
	 * work, so that a mistyped option is refused instead of ignored.
	 *
	 * @return the process exit code: 0 for success
	 * @throws CliException for any failure the user should read about (one line, no stack trace)
	 */
	int run(Arguments args, CommandContext context) throws CliException;
}
