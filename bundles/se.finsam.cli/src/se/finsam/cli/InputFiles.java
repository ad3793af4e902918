package se.finsam.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import se.finsam.cli.internal.Messages;

/** A file a command reads, checked first so the user hears the real reason it cannot be: missing, a folder, closed. */
public final class InputFiles {

	private InputFiles() {
	}

	/** The path, when it is a file this process may read; else a usage error (exit 2) saying why not. */
	public static Path readable(String name) throws CliException {
		Path path = Path.of(name);
		if (Files.isDirectory(path)) {
			throw CliException.usage(NLS.bind(Messages.Input_directory, path));
		}
		if (!Files.exists(path)) {
			throw CliException.usage(NLS.bind(Messages.Input_missing, path));
		}
		if (!Files.isReadable(path)) {
			throw CliException.usage(NLS.bind(Messages.Input_unreadable, path));
		}
		return path;
	}
}
