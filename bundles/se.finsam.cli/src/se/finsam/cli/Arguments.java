package se.finsam.cli;

import java.text.ParseException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import se.finsam.cli.internal.Messages;
import se.finsam.core.Formats;

/**
 * The arguments after the command name. Options are {@code --name value}, {@code --name=value} or flags
 * {@code --name}; everything else is positional. Each accessor consumes what it reads; {@link #done()} refuses
 * whatever is left, so that a typo never passes silently.
 */
public final class Arguments {

	private final String command;
	private final List<String> remaining;

	public Arguments(String command, List<String> args) {
		this.command = command;
		this.remaining = new ArrayList<>(args);
	}

	/** Whether the flag is present; removes it. */
	public boolean flag(String name) {
		boolean found = false;
		for (int i = remaining.size() - 1; i >= 0; i--) {
			if (remaining.get(i).equals(name)) {
				remaining.remove(i);
				found = true;
			}
		}
		return found;
	}

	/** The value of an option given once at most; removes it. */
	public Optional<String> option(String name) throws CliException {
		String value = null;
		for (int i = 0; i < remaining.size(); i++) {
			String arg = remaining.get(i);
			String found = null;
			if (arg.equals(name)) {
				if (i + 1 >= remaining.size() || isOption(remaining.get(i + 1))) {
					throw CliException.usage(NLS.bind(Messages.Arguments_missingValue, name, command));
				}
				found = remaining.remove(i + 1);
				remaining.remove(i);
				i--;
			} else if (arg.startsWith(name + "=")) {
				found = arg.substring(name.length() + 1);
				remaining.remove(i);
				i--;
			}
			if (found != null) {
				if (value != null) {
					throw CliException.usage(NLS.bind(Messages.Arguments_repeated, name, command));
				}
				value = found;
			}
		}
		return Optional.ofNullable(value);
	}

	/** Every value of an option that may be given several times, in order; removes them. */
	public List<String> options(String name) throws CliException {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < remaining.size(); i++) {
			String arg = remaining.get(i);
			if (arg.equals(name)) {
				if (i + 1 >= remaining.size() || isOption(remaining.get(i + 1))) {
					throw CliException.usage(NLS.bind(Messages.Arguments_missingValue, name, command));
				}
				values.add(remaining.remove(i + 1));
				remaining.remove(i);
				i--;
			} else if (arg.startsWith(name + "=")) {
				values.add(arg.substring(name.length() + 1));
				remaining.remove(i);
				i--;
			}
		}
		return values;
	}

	/** The value of an option that must be given. */
	public String required(String name) throws CliException {
		return option(name)
				.orElseThrow(() -> CliException.usage(NLS.bind(Messages.Arguments_required, name, command)));
	}

	/** A whole-number option within bounds, or the default. */
	public long number(String name, long defaultValue, long min, long max) throws CliException {
		Optional<String> text = option(name);
		if (text.isEmpty()) {
			return defaultValue;
		}
		try {
			long value = Long.parseLong(text.get().trim());
			if (value < min || value > max) {
				throw CliException
						.usage(NLS.bind(Messages.Arguments_outOfRange, new Object[] { name, text.get(), min, max }));
			}
			return value;
		} catch (NumberFormatException e) {
			throw CliException.usage(NLS.bind(Messages.Arguments_notANumber, name, text.get()));
		}
	}

	/** A date option (2016-12-31, also 20161231), or null when not given. */
	public LocalDate date(String name) throws CliException {
		Optional<String> text = option(name);
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Formats.parseDate(text.get());
		} catch (ParseException e) {
			throw CliException.usage(NLS.bind(Messages.Arguments_notADate, name, text.get()));
		}
	}

	/**
	 * The first argument when it is not an option (a subcommand: {@code admin user add NAME}); removes it. Empty
	 * when there is none or an option comes first.
	 */
	public Optional<String> next() {
		if (remaining.isEmpty() || isOption(remaining.get(0))) {
			return Optional.empty();
		}
		return Optional.of(remaining.remove(0));
	}

	/**
	 * The positional arguments (everything not starting with {@code --}); removes them. Read options first: an
	 * option's value left unread would count as positional.
	 */
	public List<String> positionals() {
		List<String> result = new ArrayList<>();
		for (int i = 0; i < remaining.size(); i++) {
			if (!isOption(remaining.get(i))) {
				result.add(remaining.remove(i));
				i--;
			}
		}
		return Collections.unmodifiableList(result);
	}

	/** Refuses anything not consumed so far. */
	public void done() throws CliException {
		if (!remaining.isEmpty()) {
			String first = remaining.get(0);
			throw CliException.usage(isOption(first) ? NLS.bind(Messages.Arguments_unknownOption, first, command)
					: NLS.bind(Messages.Arguments_unexpected, first, command));
		}
	}

	private static boolean isOption(String arg) {
		return arg.startsWith("--") && arg.length() > 2;
	}
}
