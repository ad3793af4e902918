package se.finsam.cli.app.internal;

import java.util.List;


import se.finsam.cli.Arguments;
import se.finsam.cli.CliCommand;
import se.finsam.cli.CliException;
import se.finsam.cli.CommandContext;
import se.finsam.core.ProductVersions;
import se.finsam.core.ProductVersions.Component;

/** {@code ./finsam version}. */
@org.osgi.service.component.annotations.Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=version")
public class VersionCommand implements CliCommand {

	@Override
	public String name() {
		return "version";
	}

	@Override
	public String summary() {
		return Messages.Version_summary;
	}

	@Override
	public String usage() {
		return Messages.Version_usage;
	}

	@Override
	public int run(Arguments args, CommandContext context) throws CliException {
		args.done();
		List<Component> components = ProductVersions.components();
		context.out().println(components.get(0).name() + " " + components.get(0).version());
		int width = components.stream().mapToInt(c -> c.name().length()).max().orElse(0);
		for (Component component : components.subList(1, components.size())) {
			context.out().println("  " + component.name() + " ".repeat(width - component.name().length()) + "  "
					+ component.version());
		}
		return 0;
	}
}
