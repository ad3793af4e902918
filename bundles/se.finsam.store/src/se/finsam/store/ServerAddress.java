package se.finsam.store;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import se.finsam.store.internal.Messages;

/**
 * A PostgreSQL server of team mode, in libpq's URI form {@code postgresql://USER@HOST:PORT/DB[?sslmode=…]}. The user
 * is the server's; a password is never part of the address (it would end up in settings and shell histories): it
 * comes from {@link #storedPassword}, a prompt or a dialog. A host other than this computer needs TLS with the
 * server's certificate checked ({@code sslmode=verify-full} unless {@code verify-ca} or {@code require} is asked
 * for).
 */
public final class ServerAddress {

	private static final Set<String> LOCAL = Set.of("localhost", "127.0.0.1", "::1");
	private static final List<String> TLS_MODES = List.of("require", "verify-ca", "verify-full");
	/** Parameters passed on to the driver; anything else in the address is refused. */
	private static final Set<String> PARAMETERS = Set.of("sslmode", "sslrootcert", "connect_timeout",
			"application_name");

	private final String user;
	private final String host;
	private final int port;
	private final String database;
	private final Map<String, String> parameters;

	private ServerAddress(String user, String host, int port, String database, Map<String, String> parameters) {
		this.user = user;
		this.host = host;
		this.port = port;
		this.database = database;
		this.parameters = parameters;
	}

	/**
	 * Reads an address: {@code postgresql://} (or {@code postgres://}), then optionally {@code USER@}, the host, a
	 * port (default 5432), {@code /DB} (default the user's name) and parameters.
	 *
	 * @throws StoreException in one Swedish line saying what is wrong with it
	 */
	public static ServerAddress parse(String uri) {
		String text = uri == null ? "" : uri.strip();
		String rest;
		if (text.startsWith("postgresql://")) {
			rest = text.substring("postgresql://".length());
		} else if (text.startsWith("postgres://")) {
			rest = text.substring("postgres://".length());
		} else {
			throw new StoreException(NLS.bind(Messages.Server_notAnAddress, text));
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		int query = rest.indexOf('?');
		if (query >= 0) {
			for (String pair : rest.substring(query + 1).split("&")) {
				int eq = pair.indexOf('=');
				String name = decode(eq < 0 ? pair : pair.substring(0, eq));
				if (name.isEmpty()) {
					continue;
				}
				if (name.equals("password") || !PARAMETERS.contains(name)) {
					throw new StoreException(NLS.bind(name.equals("password") ? Messages.Server_passwordInAddress
							: Messages.Server_unknownParameter, name));
				}
				parameters.put(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
			}
			rest = rest.substring(0, query);
		}
		String user = System.getProperty("user.name");
		int at = rest.lastIndexOf('@');
		if (at >= 0) {
			String userInfo = rest.substring(0, at);
			if (userInfo.contains(":")) {
				throw new StoreException(Messages.Server_passwordInAddress);
			}
			user = decode(userInfo);
			rest = rest.substring(at + 1);
		}
		String database = user;
		int slash = rest.indexOf('/');
		if (slash >= 0) {
			String name = decode(rest.substring(slash + 1));
			database = name.isEmpty() ? user : name;
			rest = rest.substring(0, slash);
		}
		String host = "localhost";
		int port = 5432;
		String hostPort = rest;
		if (hostPort.startsWith("[")) { // [::1]:5432
			int close = hostPort.indexOf(']');
			if (close < 0) {
				throw new StoreException(NLS.bind(Messages.Server_notAnAddress, text));
			}
			host = hostPort.substring(1, close);
			hostPort = hostPort.substring(close + 1);
			if (!hostPort.isEmpty() && !hostPort.startsWith(":")) {
				throw new StoreException(NLS.bind(Messages.Server_notAnAddress, text));
			}
			port = hostPort.isEmpty() ? port : port(hostPort.substring(1), text);
		} else if (!hostPort.isEmpty()) {
			int colon = hostPort.lastIndexOf(':');
			host = decode(colon < 0 ? hostPort : hostPort.substring(0, colon));
			port = colon < 0 ? port : port(hostPort.substring(colon + 1), text);
		}
		if (host.isEmpty() || user == null || user.isBlank() || host.contains(",")) {
			throw new StoreException(NLS.bind(Messages.Server_notAnAddress, text));
		}
		ServerAddress address = new ServerAddress(user, host, port, database, parameters);
		address.refuseClearText();
		return address;
	}

	private void refuseClearText() {
		String mode = parameters.get("sslmode");
		if (!isLocal() && mode != null && !TLS_MODES.contains(mode)) {
			throw new StoreException(NLS.bind(Messages.Server_tlsRequired, host, mode));
		}
	}

	private static int port(String text, String uri) {
		try {
			int port = Integer.parseInt(text);
			if (port > 0 && port < 65536) {
				return port;
			}
		} catch (NumberFormatException e) {
			// said below
		}
		throw new StoreException(NLS.bind(Messages.Server_badPort, text, uri));
	}

	private static String decode(String s) {
		return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

	public String user() {
		return user;
	}

	public String host() {
		return host;
	}

	public int port() {
		return port;
	}

	public String database() {
		return database;
	}

	/** Whether the server is on this computer (no TLS needed). */
	public boolean isLocal() {
		return LOCAL.contains(host.toLowerCase(Locale.ROOT));
	}

	/** The TLS mode connections use: as asked, else {@code verify-full} for a remote host and {@code prefer} here. */
	public String sslMode() {
		return parameters.getOrDefault("sslmode", isLocal() ? "prefer" : "verify-full");
	}

	/** The driver's URL (no user or password in it). */
	public String jdbcUrl() {
		StringBuilder url = new StringBuilder("jdbc:postgresql://").append(host.contains(":") ? "[" + host + "]" : host)
				.append(':').append(port).append('/').append(database).append("?sslmode=").append(sslMode());
		String root = parameters.get("sslrootcert");
		if (root != null) {
			url.append("&sslrootcert=").append(java.net.URLEncoder.encode(root, StandardCharsets.UTF_8));
		}
		return url.toString();
	}

	/** Seconds to wait for the server to answer a connection attempt. */
	public int connectTimeout() {
		try {
			return Integer.parseInt(parameters.getOrDefault("connect_timeout", "10"));
		} catch (NumberFormatException e) {
			return 10;
		}
	}

	/**
	 * The password given outside the program: {@code FINSAM_DB_PASSWORD}, else the first matching line of the
	 * password file ({@code PGPASSFILE}, default {@code ~/.pgpass}, on Windows {@code %APPDATA%\postgresql\pgpass.conf}
	 * as libpq has it; libpq's format {@code host:port:db:user:password},
	 * {@code *} matching anything, {@code \:} and {@code \\} escaped). Like libpq, a password file others can read is
	 * ignored.
	 */
	public Optional<char[]> storedPassword(Map<String, String> environment, Path home) {
		String variable = environment.get("FINSAM_DB_PASSWORD");
		if (variable != null && !variable.isEmpty()) {
			return Optional.of(variable.toCharArray());
		}
		String named = environment.get("PGPASSFILE");
		String appData = environment.get("APPDATA");
		Path file = named != null && !named.isEmpty() ? Path.of(named)
				: appData != null && System.getProperty("os.name", "").startsWith("Windows")
						? Path.of(appData, "postgresql", "pgpass.conf") : home.resolve(".pgpass");
		if (!Files.isRegularFile(file) || readableByOthers(file)) {
			return Optional.empty();
		}
		try {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				List<String> fields = pgpassFields(line);
				if (fields.size() == 5 && matches(fields.get(0), host) && matches(fields.get(1), String.valueOf(port))
						&& matches(fields.get(2), database) && matches(fields.get(3), user)) {
					return Optional.of(fields.get(4).toCharArray());
				}
			}
		} catch (IOException e) {
			// an unreadable password file is no password: the user is asked
		}
		return Optional.empty();
	}

	private static boolean readableByOthers(Path file) {
		try {
			return Files.getPosixFilePermissions(file).stream().anyMatch(p -> p.name().startsWith("GROUP")
					|| p.name().startsWith("OTHERS"));
		} catch (UnsupportedOperationException | IOException e) {
			return false; // no POSIX permissions (Windows): libpq does not check there either
		}
	}

	private static boolean matches(String pattern, String value) {
		return pattern.equals("*") || pattern.equals(value);
	}

	private static List<String> pgpassFields(String line) {
		List<String> fields = new java.util.ArrayList<>();
		StringBuilder field = new StringBuilder();
		for (int i = 0; i < line.length(); i++) {
			char ch = line.charAt(i);
			if (ch == '\\' && i + 1 < line.length()) {
				field.append(line.charAt(++i));
			} else if (ch == ':' && fields.size() < 4) {
				fields.add(field.toString());
				field.setLength(0);
			} else {
				field.append(ch);
			}
		}
		fields.add(field.toString());
		return fields;
	}

	/** The address as the user writes it (never a password: it holds none). */
	@Override
	public String toString() {
		return "postgresql://" + user + "@" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/"
				+ database;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ServerAddress o && o.toString().equals(toString())
				&& o.parameters.equals(parameters);
	}

	@Override
	public int hashCode() {
		return toString().hashCode();
	}
}
