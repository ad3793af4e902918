package se.finsam.core;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The user's settings, shared by {@code ./finsam} (which reads the data location and the language before Java
 * starts), the workbench's preference page and the CLI: {@code ~/.config/finsam/settings.properties}, or
 * {@code $XDG_CONFIG_HOME/finsam/settings.properties}, or the file named by the {@code FINSAM_SETTINGS}
 * environment variable or the {@code finsam.settings} system property. One {@code key=value} per line, UTF-8.
 * Values that cannot be used fall back to the default and are listed by {@link #problems()}; nothing fails.
 */
public final class Settings {

	/** The formats a report can be written in. */
	public enum ReportFormat {
		PDF, DOCX, XLSX, HTML;

		/** The format for a name such as {@code pdf}, or null. */
		public static ReportFormat parse(String name) {
			for (ReportFormat f : values()) {
				if (f.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
					return f;
				}
			}
			return null;
		}

		public String extension() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** The languages of the user interface. */
	public enum Language {
		SV, EN;

		public static Language parse(String code) {
			return code != null && code.trim().toLowerCase(Locale.ROOT).startsWith("en") ? EN
					: code != null && code.trim().toLowerCase(Locale.ROOT).startsWith("sv") ? SV : null;
		}

		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	public static final String DATA = "data";
	/** A team server's address (postgresql://USER@HOST:PORT/DB); when set it is used instead of the data location. */
	public static final String SERVER = "server";
	public static final String LANGUAGE = "language";
	public static final String REPORT_FORMAT = "report.format";
	public static final String PAGE_ROWS = "table.pageRows";
	public static final int MIN_PAGE_ROWS = 50;
	public static final int MAX_PAGE_ROWS = 100_000;
	public static final int DEFAULT_PAGE_ROWS = 1000;

	private final Path file;
	private Path data;
	private String server;
	private Language language;
	private ReportFormat reportFormat = ReportFormat.PDF;
	private int pageRows = DEFAULT_PAGE_ROWS;
	private final List<String> problems = new ArrayList<>();

	private Settings(Path file) {
		this.file = file;
	}

	/** Where the settings of this user are kept. */
	public static Path defaultFile() {
		String explicit = System.getProperty("finsam.settings", System.getenv("FINSAM_SETTINGS"));
		if (explicit != null && !explicit.isBlank()) {
			return Path.of(explicit);
		}
		String appData = System.getenv("APPDATA");
		if (System.getProperty("os.name", "").startsWith("Windows") && appData != null && !appData.isBlank()) {
			return Path.of(appData, "Finsam", "settings.properties");
		}
		String xdg = System.getenv("XDG_CONFIG_HOME");
		Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
		return config.resolve("finsam").resolve("settings.properties");
	}

	/** This user's settings; defaults when there is no file yet. */
	public static Settings load() {
		return load(defaultFile());
	}

	/** The settings in this file; defaults when it does not exist or cannot be read. */
	public static Settings load(Path file) {
		Settings s = new Settings(file);
		if (!Files.exists(file)) {
			return s;
		}
		Properties p = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			p.load(in);
		} catch (IOException | IllegalArgumentException e) {
			s.problems.add(file + ": " + e.getMessage());
			return s;
		}
		s.read(p);
		return s;
	}

	private void read(Properties p) {
		String dataValue = p.getProperty(DATA, "").trim();
		if (!dataValue.isEmpty()) {
			Path path = Path.of(dataValue);
			if (path.isAbsolute()) {
				data = path;
			} else {
				problems.add(DATA + "=" + dataValue);
			}
		}
		String serverValue = p.getProperty(SERVER, "").trim();
		if (serverValue.startsWith("postgresql://") || serverValue.startsWith("postgres://")) {
			server = serverValue;
		} else if (!serverValue.isEmpty()) {
			problems.add(SERVER + "=" + serverValue);
		}
		String languageValue = p.getProperty(LANGUAGE, "").trim();
		language = Language.parse(languageValue);
		if (language == null && !languageValue.isEmpty()) {
			problems.add(LANGUAGE + "=" + languageValue);
		}
		String formatValue = p.getProperty(REPORT_FORMAT, "").trim();
		ReportFormat format = ReportFormat.parse(formatValue);
		if (format != null) {
			reportFormat = format;
		} else if (!formatValue.isEmpty()) {
			problems.add(REPORT_FORMAT + "=" + formatValue);
		}
		String rowsValue = p.getProperty(PAGE_ROWS, "").trim();
		if (!rowsValue.isEmpty()) {
			try {
				setPageRows(Integer.parseInt(rowsValue));
			} catch (IllegalArgumentException e) {
				problems.add(PAGE_ROWS + "=" + rowsValue);
			}
		}
	}

	public Path file() {
		return file;
	}

	/** The data directory chosen here, or null for the default ({@code ~/.finsam}). */
	public Path data() {
		return data;
	}

	public void setData(Path data) {
		if (data != null && !data.isAbsolute()) {
			throw new IllegalArgumentException(data.toString());
		}
		this.data = data;
	}

	/**
	 * The team server chosen here (libpq's URI form, never with a password), or null for the embedded store. The
	 * system property {@code finsam.server} ({@code ./finsam --server URI}) goes before it.
	 */
	public String server() {
		String chosen = System.getProperty("finsam.server");
		return chosen != null && !chosen.isBlank() ? chosen.strip() : server;
	}

	/** The server as the file holds it, without the command line's choice. */
	public String savedServer() {
		return server;
	}

	public void setServer(String server) {
		this.server = server == null || server.isBlank() ? null : server.strip();
	}

	/** The language chosen here, or null to follow the user's locale. */
	public Language language() {
		return language;
	}

	public void setLanguage(Language language) {
		this.language = language;
	}

	public ReportFormat reportFormat() {
		return reportFormat;
	}

	public void setReportFormat(ReportFormat reportFormat) {
		this.reportFormat = reportFormat == null ? ReportFormat.PDF : reportFormat;
	}

	/** How many rows a table reads from the database per page. */
	public int pageRows() {
		return pageRows;
	}

	public void setPageRows(int rows) {
		if (rows < MIN_PAGE_ROWS || rows > MAX_PAGE_ROWS) {
			throw new IllegalArgumentException(String.valueOf(rows));
		}
		this.pageRows = rows;
	}

	/** The {@code key=value} lines of the file that could not be used (their defaults apply). */
	public List<String> problems() {
		return List.copyOf(problems);
	}

	/** Writes the file (replacing it whole, so a crash leaves the old one). */
	public void save() throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		PrivateFiles.writeWhole(file, part -> {
			try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
				out.write("# Finsam Workbench settings; ./finsam reads data and language before it starts Java.\n");
				if (data != null) {
					line(out, DATA, data.toString());
				}
				if (server != null) {
					line(out, SERVER, server);
				}
				if (language != null) {
					line(out, LANGUAGE, language.code());
				}
				line(out, REPORT_FORMAT, reportFormat.extension());
				line(out, PAGE_ROWS, String.valueOf(pageRows));
			}
		}, null);
	}

	/** Plain UTF-8, only backslashes and line breaks escaped, so the shell script can read it with sed. */
	private static void line(Writer out, String key, String value) throws IOException {
		out.write(key + "=" + value.replace("\\", "\\\\").replace("\n", "\\n") + "\n");
	}
}
