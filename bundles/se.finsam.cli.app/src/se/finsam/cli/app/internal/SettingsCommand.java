package se.finsam.cli.app.internal;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

import se.finsam.cli.Arguments;
import se.finsam.cli.CliCommand;
import se.finsam.cli.CliException;
import se.finsam.cli.CommandContext;
import se.finsam.core.Settings;
import se.finsam.core.Settings.Language;
import se.finsam.core.Settings.ReportFormat;

/**
 * {@code ./finsam settings [set KEY VALUE | unset KEY]}: the settings the workbench's preference page edits, for
 * machines without a display.
 */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=settings")
public class SettingsCommand implements CliCommand {

	@Override
	public String name() {
		return "settings";
	}

	@Override
	public String summary() {
		return Messages.Settings_summary;
	}

	@Override
	public String usage() {
		return Messages.Settings_usage;
	}

	@Override
	public int run(Arguments args, CommandContext context) throws CliException {
		List<String> words = args.positionals();
		args.done();
		Settings settings = Settings.load();
		if (words.isEmpty()) {
			print(settings, context);
			return 0;
		}
		String action = words.get(0);
		if (action.equals("set") && words.size() == 3) {
			set(settings, words.get(1), words.get(2));
		} else if (action.equals("unset") && words.size() == 2) {
			set(settings, words.get(1), null);
		} else {
			throw CliException.usage(Messages.Settings_badUse);
		}
		try {
			settings.save();
		} catch (IOException e) {
			throw new CliException(NLS.bind(Messages.Settings_saveFailed, settings.file(), e.getMessage()), e);
		}
		context.out().println(NLS.bind(Messages.Settings_saved, settings.file()));
		return 0;
	}

	private static void print(Settings s, CommandContext context) {
		context.out().println(NLS.bind(Messages.Settings_file, s.file()));
		context.out().println(Settings.DATA + " = " + (s.data() == null ? "" : s.data()) + "   "
				+ NLS.bind(Messages.Settings_inUse, context.dataLocation()));
		context.out().println(Settings.SERVER + " = " + (s.savedServer() == null ? "" : s.savedServer()));
		context.out().println(Settings.LANGUAGE + " = " + (s.language() == null ? "" : s.language().code()));
		context.out().println(Settings.REPORT_FORMAT + " = " + s.reportFormat().extension());
		context.out().println(Settings.PAGE_ROWS + " = " + s.pageRows());
		for (String problem : s.problems()) {
			context.err().println(NLS.bind(Messages.Settings_problem, s.file(), problem));
		}
	}

	private static void set(Settings s, String key, String value) throws CliException {
		boolean reset = value == null;
		switch (key) {
		case Settings.DATA -> s.setData(reset ? null : absolute(value));
		case Settings.SERVER -> s.setServer(reset ? null : server(value));
		case Settings.LANGUAGE -> s.setLanguage(reset ? null : required(Language.parse(value), key, value));
		case Settings.REPORT_FORMAT -> s.setReportFormat(reset ? null : required(ReportFormat.parse(value), key, value));
		case Settings.PAGE_ROWS -> s.setPageRows(reset ? Settings.DEFAULT_PAGE_ROWS : rows(value));
		default -> throw CliException.usage(NLS.bind(Messages.Settings_unknownKey, key));
		}
	}

	private static Path absolute(String value) throws CliException {
		try {
			Path path = Path.of(value);
			if (path.isAbsolute()) {
				return path;
			}
		} catch (InvalidPathException e) {
			// reported below
		}
		throw CliException.usage(NLS.bind(Messages.Settings_badValue, Settings.DATA, value));
	}

	/** A server address as the store reads it (refused with its reason, e.g. a password in it). */
	private static String server(String value) throws CliException {
		try {
			return se.finsam.store.ServerAddress.parse(value).toString() + query(value);
		} catch (se.finsam.store.StoreException e) {
			throw CliException.usage(e.getMessage());
		}
	}

	private static String query(String value) {
		int q = value.indexOf('?');
		return q < 0 ? "" : value.strip().substring(q);
	}

	private static <T> T required(T parsed, String key, String value) throws CliException {
		if (parsed == null) {
			throw CliException.usage(NLS.bind(Messages.Settings_badValue, key, value));
		}
		return parsed;
	}

	private static int rows(String value) throws CliException {
		try {
			int rows = Integer.parseInt(value.trim());
			if (rows >= Settings.MIN_PAGE_ROWS && rows <= Settings.MAX_PAGE_ROWS) {
				return rows;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw CliException.usage(NLS.bind(Messages.Settings_badValue, Settings.PAGE_ROWS, value));
	}
}
