package se.finsam.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL cluster for tests: {@code initdb} into a folder of its own, the server on a free port of
 * 127.0.0.1 (no Unix socket elsewhere), stopped and deleted by {@link #close()}. The server programs come from
 * Debian's {@code postgresql} package (.ci/run installs it). PostgreSQL refuses to run as root: as root (CI) the
 * cluster belongs to the user nobody.
 */
public final class PostgresCluster implements AutoCloseable {

	/**
	 * The cluster's superuser; its connections from 127.0.0.1 are trusted (a test cluster, nothing else can reach
	 * it). Other roles need their passwords (scram-sha-256).
	 */
	public static final String SUPERUSER = "finsam";
	private static final int NOBODY = 65534;

	private final Path folder;
	private final Path bin;
	private final int port;

	private PostgresCluster(Path folder, Path bin, int port) {
		this.folder = folder;
		this.bin = bin;
		this.port = port;
	}

	/** Creates and starts a cluster in a new temporary folder. */
	public static PostgresCluster start() throws IOException, InterruptedException {
		Path bin = serverPrograms();
		Path folder = Files.createTempDirectory("finsam-pg",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
		if (root()) {
			run(List.of("chown", String.valueOf(NOBODY), folder.toString()), false);
		}
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		PostgresCluster cluster = new PostgresCluster(folder, bin, port);
		cluster.postgres(List.of(bin.resolve("initdb").toString(), "-D", folder.resolve("data").toString(), "-U",
				SUPERUSER, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"));
		// The superuser is trusted from 127.0.0.1 (the tests' own); every other role logs in with its password.
		Path hba = folder.resolve("data").resolve("pg_hba.conf");
		Files.writeString(hba, "local all all trust\nhost all " + SUPERUSER + " 127.0.0.1/32 trust\n"
				+ "host all all 127.0.0.1/32 scram-sha-256\n", StandardCharsets.UTF_8);
		cluster.restart();
		return cluster;
	}

	/** The JDBC address of a database of this cluster ({@code postgres} always exists). */
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	public int port() {
		return port;
	}

	/** Runs SQL as the superuser with the server's own {@code psql} (for tests without a JDBC driver). */
	public String sql(String database, String sql) throws IOException, InterruptedException {
		return psql(SUPERUSER, null, database, sql);
	}

	/**
	 * Runs SQL with {@code psql} as a user with her password, as she could herself; fails (IOException with psql's
	 * words) when the server refuses it.
	 */
	public String psql(String user, String password, String database, String sql)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		if (password != null) {
			command.addAll(List.of("env", "PGPASSWORD=" + password));
		}
		command.addAll(List.of(bin.resolve("psql").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", user,
				"-d", database, "-w", "-v", "ON_ERROR_STOP=1", "-At", "-c", sql));
		return run(command, false);
	}

	/** Stops the server as a power cut or a crash would (its files stay): clients lose their connections. */
	public void kill() throws IOException, InterruptedException {
		postgres(List.of(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-m", "immediate",
				"-w", "stop"));
	}

	/** Starts the server (again, on the same port, after {@link #kill()}). */
	public void restart() throws IOException, InterruptedException {
		postgres(List.of(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-w", "-t", "60",
				"-l", folder.resolve("server.log").toString(), "-o", "-p " + port + " -k " + folder
						+ " -c listen_addresses=127.0.0.1 -c fsync=off", "start"));
	}

	/** The cluster's files: data, WAL, everything the server wrote (readable by root and by the server's user). */
	public Path dataDirectory() {
		return folder.resolve("data");
	}

	/** What {@code pg_dump} of a database writes (plain SQL), as the superuser. */
	public String dump(String database) throws IOException, InterruptedException {
		return run(List.of(bin.resolve("pg_dump").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U",
				SUPERUSER, "-d", database), false);
	}

	/** The server's log, for a failing test's message. */
	public String log() throws IOException {
		Path log = folder.resolve("server.log");
		return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
	}

	@Override
	public void close() throws IOException, InterruptedException {
		try {
			postgres(List.of(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-m",
					"immediate", "-w", "stop"));
		} finally {
			try (Stream<Path> all = Files.walk(folder)) {
				for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(p);
				}
			}
		}
	}

	private void postgres(List<String> command) throws IOException, InterruptedException {
		run(command, root());
	}

	private static String run(List<String> command, boolean asNobody) throws IOException, InterruptedException {
		List<String> full = new ArrayList<>();
		if (asNobody) {
			full.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
		}
		full.addAll(command);
		Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
			throw new IOException(String.join(" ", full) + " failed:\n" + out);
		}
		return out;
	}

	/** The newest installed server's programs. */
	private static Path serverPrograms() throws IOException {
		Path versions = Path.of("/usr/lib/postgresql");
		if (Files.isDirectory(versions)) {
			try (Stream<Path> found = Files.list(versions)) {
				Path newest = found.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
						.max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString().replaceAll("\\D", "0"))))
						.orElse(null);
				if (newest != null) {
					return newest.resolve("bin");
				}
			}
		}
		throw new IOException("PostgreSQL's server is not installed (no /usr/lib/postgresql/*/bin/initdb): "
				+ "apt-get install postgresql, as .ci/run does");
	}

	private static boolean root() {
		return "root".equals(System.getProperty("user.name"));
	}
}
