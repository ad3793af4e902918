package se.finsam.cli.app.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

import se.finsam.cli.Arguments;
import se.finsam.cli.CliCommand;
import se.finsam.cli.CliException;
import se.finsam.cli.CommandContext;

/** {@code ./finsam help [COMMAND]}. */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=help")
public class HelpCommand implements CliCommand {

	@Override
	public String name() {
		return "help";
	}

	@Override
	public String summary() {
		return Messages.Help_summary;
	}

	@Override
	public String usage() {
		return Messages.Help_usage;
	}

	@Override
	public int run(Arguments args, CommandContext context) throws CliException {
		List<String> names = args.positionals();
		args.done();
		try (CommandRegistry registry = CommandRegistry.open()) {
			if (names.isEmpty()) {
				new HelpPrinter(registry, context.out()).printOverview();
				return 0;
			}
			CliCommand command = registry.find(names.get(0))
					.orElseThrow(() -> CliException.usage(NLS.bind(Messages.Cli_unknownCommand, names.get(0))));
			context.out().println(command.usage());
			return 0;
		}
	}
}
