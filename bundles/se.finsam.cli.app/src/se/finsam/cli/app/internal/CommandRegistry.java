package se.finsam.cli.app.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import se.finsam.cli.CliCommand;

/**
 * The {@link CliCommand} services registered now. Getting a command's service activates its component and
 * whatever that references (the store, the template registry, p2), so one command is looked up by its
 * {@link CliCommand#NAME_PROPERTY}; only the overview and a command without the property activate them all.
 */
final class CommandRegistry implements AutoCloseable {

	private final BundleContext context;
	private final List<ServiceReference<CliCommand>> got = new ArrayList<>();

	private CommandRegistry(BundleContext context) {
		this.context = context;
	}

	static CommandRegistry open() {
		return new CommandRegistry(FrameworkUtil.getBundle(CommandRegistry.class).getBundleContext());
	}

	/** Every command, sorted by name. */
	List<CliCommand> commands() {
		return references(null).stream().map(this::get).filter(Objects::nonNull)
				.sorted(Comparator.comparing(CliCommand::name)).toList();
	}

	Optional<CliCommand> find(String name) {
		for (ServiceReference<CliCommand> named : references("(" + CliCommand.NAME_PROPERTY + "=" + escape(name) + ")")) {
			CliCommand command = get(named);
			if (command != null && command.name().equals(name)) {
				return Optional.of(command);
			}
		}
		return commands().stream().filter(c -> c.name().equals(name)).findFirst();
	}

	private Collection<ServiceReference<CliCommand>> references(String filter) {
		try {
			return context.getServiceReferences(CliCommand.class, filter);
		} catch (InvalidSyntaxException e) {
			throw new IllegalArgumentException(filter, e); // cannot happen: the value is escaped
		}
	}

	private CliCommand get(ServiceReference<CliCommand> reference) {
		CliCommand command = context.getService(reference);
		if (command != null) {
			got.add(reference);
		}
		return command;
	}

	/** A filter value's special characters (RFC 1960): a typed command name is matched literally. */
	private static String escape(String value) {
		return value.replaceAll("([\\\\*()])", "\\\\$1");
	}

	@Override
	public void close() {
		got.forEach(context::ungetService);
	}
}
