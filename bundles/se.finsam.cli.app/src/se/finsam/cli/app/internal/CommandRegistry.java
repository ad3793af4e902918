package se.finsam.cli.app.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import se.finsam.cli.CliCommand;

/** The {@link CliCommand} services registered now, sorted by name. */
final class CommandRegistry implements AutoCloseable {

	private final ServiceTracker<CliCommand, CliCommand> tracker;

	private CommandRegistry(ServiceTracker<CliCommand, CliCommand> tracker) {
		this.tracker = tracker;
	}

	static CommandRegistry open() {
		BundleContext context = FrameworkUtil.getBundle(CommandRegistry.class).getBundleContext();
		ServiceTracker<CliCommand, CliCommand> tracker = new ServiceTracker<>(context, CliCommand.class, null);
		tracker.open();
		return new CommandRegistry(tracker);
	}

	List<CliCommand> commands() {
		CliCommand[] services = tracker.getServices(new CliCommand[0]);
		return Stream.of(services).sorted(Comparator.comparing(CliCommand::name)).toList();
	}

	Optional<CliCommand> find(String name) {
		return commands().stream().filter(c -> c.name().equals(name)).findFirst();
	}

	@Override
	public void close() {
		tracker.close();
	}
}
