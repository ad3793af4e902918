package se.finsam.cli.app.internal;

import java.io.PrintStream;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import se.finsam.cli.CliCommand;
import se.finsam.core.DataLocation;
import se.finsam.core.ProductVersions;

/** The overview printed by {@code ./finsam --help}. */
final class HelpPrinter {

	private final CommandRegistry registry;
	private final PrintStream out;

	HelpPrinter(CommandRegistry registry, PrintStream out) {
		this.registry = registry;
		this.out = out;
	}

	void printOverview() {
		out.println(ProductVersions.PRODUCT_NAME + " " + ProductVersions.productVersion() + " – " + Messages.Cli_tagline);
		out.println();
		out.println(Messages.Cli_usage);
		out.println();
		List<CliCommand> commands = registry.commands().stream().filter(CliCommand::listed).toList();
		if (commands.isEmpty()) {
			out.println(Messages.Cli_noCommands);
		} else {
			out.println(Messages.Cli_commandsHeading);
			int width = commands.stream().mapToInt(c -> c.name().length()).max().orElse(0);
			for (CliCommand command : commands) {
				out.println("  " + pad(command.name(), width) + "  " + command.summary());
			}
		}
		out.println();
		out.println(NLS.bind(Messages.Cli_globalOptions, DataLocation.defaultPath()));
		out.println();
		out.println(Messages.Cli_commandHelpHint);
	}

	private static String pad(String text, int width) {
		return text + " ".repeat(Math.max(0, width - text.length()));
	}
}
