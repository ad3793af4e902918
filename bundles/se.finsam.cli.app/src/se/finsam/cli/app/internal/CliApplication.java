package se.finsam.cli.app.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;

import se.finsam.cli.Arguments;
import se.finsam.cli.CliCommand;
import se.finsam.cli.CliException;
import se.finsam.cli.CommandContext;
import se.finsam.core.DataLocation;
import se.finsam.core.Formats;

/**
 * The headless application behind {@code ./finsam <command>}. It parses the global options, finds the command
 * among the registered {@link CliCommand} services and turns every failure into one line on stderr and a
 * non-zero exit code.
 */
public class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext appContext) {
		String[] raw = (String[]) appContext.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		appContext.applicationRunning();
		return run(raw == null ? List.of() : Arrays.asList(raw), System.out, System.err);
	}

	/** Runs one command line; separated from {@link #start} so tests can call it. */
	public static int run(List<String> rawArgs, PrintStream out, PrintStream err) {
		List<String> args = new ArrayList<>(rawArgs);
		// --data is read by ./finsam (it becomes the instance location); drop it here if it came through.
		dropDataOption(args);
		String server;
		try {
			server = serverOption(args);
		} catch (IllegalArgumentException e) {
			err.println("finsam: " + Messages.Cli_serverMissing);
			return CliException.USAGE;
		}
		boolean debug = args.remove("--debug");
		boolean help = args.remove("--help") | args.remove("-h");
		CommandContext context = new CommandContext(out, err, DataLocation.path(), debug, interactive(),
				server != null ? server : se.finsam.core.Settings.load().server());
		try (CommandRegistry registry = CommandRegistry.open()) {
			if (args.isEmpty()) {
				new HelpPrinter(registry, out).printOverview();
				return help ? 0 : CliException.USAGE;
			}
			String name = args.remove(0);
			Optional<CliCommand> command = registry.find(name);
			if (command.isEmpty()) {
				err.println("finsam: " + NLS.bind(Messages.Cli_unknownCommand, name));
				return CliException.USAGE;
			}
			if (help) {
				out.println(command.get().usage());
				return 0;
			}
			return runCommand(command.get(), args, context);
		}
	}

	private static int runCommand(CliCommand command, List<String> args, CommandContext context) {
		try {
			return command.run(new Arguments(command.name(), args), context);
		} catch (CliException e) {
			report(context, e.getMessage(), e.getCause());
			return e.exitCode();
		} catch (RuntimeException | LinkageError e) {
			report(context, NLS.bind(Messages.Cli_internalError, String.valueOf(e.getMessage())), e);
			return CliException.FAILED;
		} catch (OutOfMemoryError e) {
			// The limit is named: a large import at a small -Xmx fails here after minutes of garbage collection.
			report(context, NLS.bind(Messages.Cli_outOfMemory,
					Formats.count(Runtime.getRuntime().maxMemory() / (1024 * 1024))), e);
			return CliException.FAILED;
		} catch (Error e) { // never a silent exit 0: whatever stopped the command is said
			report(context, NLS.bind(Messages.Cli_internalError, e.getClass().getSimpleName()), e);
			return CliException.FAILED;
		}
	}

	private static void report(CommandContext context, String message, Throwable cause) {
		String line = "finsam: " + message;
		// A store failure already says what to do; other causes may need the details.
		if (cause != null && !context.debug() && !(cause instanceof se.finsam.store.StoreException)) {
			line += " " + Messages.Cli_debugHint;
		}
		context.err().println(line);
		if (cause != null && context.debug()) {
			cause.printStackTrace(context.err());
		}
	}

	/**
	 * {@code --server URI} (or {@code --server=URI}) before the command: the team server to work on. ./finsam passes
	 * it as the system property finsam.server too, so that the workbench sees it.
	 */
	private static String serverOption(List<String> args) {
		for (int i = 0; i < args.size(); i++) {
			if (args.get(i).equals("--server")) {
				if (i + 1 >= args.size()) {
					throw new IllegalArgumentException();
				}
				String value = args.remove(i + 1);
				args.remove(i);
				return value;
			}
			if (args.get(i).startsWith("--server=")) {
				return args.remove(i).substring("--server=".length());
			}
			if (!args.get(i).startsWith("-")) {
				return null; // the command's own options follow
			}
		}
		return null;
	}

	private static void dropDataOption(List<String> args) {
		for (int i = 0; i < args.size(); i++) {
			if (args.get(i).equals("--data") && i + 1 < args.size()) {
				args.remove(i + 1);
				args.remove(i);
				i--;
			} else if (args.get(i).startsWith("--data=")) {
				args.remove(i);
				i--;
			}
		}
	}

	/**
	 * Whether standard input is a terminal. Since Java 22 System.console() exists even when redirected; then
	 * Console.isTerminal() tells.
	 */
	private static boolean interactive() {
		java.io.Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
		} catch (ReflectiveOperationException e) {
			return true; // Java 21: a console means a terminal
		}
	}

	@Override
	public void stop() {
		// Commands run to completion; the framework stops when start() returns.
	}
}
