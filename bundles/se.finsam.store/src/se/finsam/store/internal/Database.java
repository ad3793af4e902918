package se.finsam.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.osgi.util.NLS;

import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;
import se.finsam.store.WrongKeyException;

/**
 * One embedded Derby database under {@code <data>/db/finsam}, encrypted with AES-256 (Derby's default would be
 * DES). Booted once, shut down on close. Inside OSGi Derby's DriverManager registration does not work, so the
 * embedded data source is used directly.
 */
final class Database {

	static final String NAME = "finsam";
	private static final String ENCRYPTION = "dataEncryption=true;encryptionAlgorithm=AES/CBC/NoPadding;"
			+ "encryptionKeyLength=256";

	/**
	 * Tests only (this package; no setting reaches it): create databases unencrypted, so that a test can look for
	 * erased values in the files. Every database the product creates is encrypted.
	 */
	static volatile boolean encryptForTestsOnly = true;

	/** Databases booted in this JVM; the engine stops with the last, so the next boot reads its log setting anew. */
	private static int booted;

	private final Path directory;
	private final EmbeddedDataSource dataSource;
	/** Set for the store's own database: its lock is released on shutdown. */
	private Path dataLocation;

	private Database(Path directory, EmbeddedDataSource dataSource) {
		this.directory = directory;
		this.dataSource = dataSource;
	}

	static Path directory(Path dataLocation) {
		return dataLocation.resolve("db").resolve(NAME);
	}

	static boolean exists(Path dataLocation) {
		return Files.isRegularFile(directory(dataLocation).resolve("service.properties"));
	}

	/**
	 * Boots the database of a data location under its lock, after finishing what a crash interrupted. A missing
	 * database is made in a folder of its own, given its schema by {@code initialize}, shut down and only then
	 * renamed into place: a crash while it is made leaves nothing that looks like a store.
	 */
	static Database open(Path dataLocation, StoreKey key, Initializer initialize) {
		StoreFiles.lock(dataLocation);
		try {
			StoreFiles.recover(dataLocation);
			StoreFiles.checkPresent(dataLocation);
			configureDerby(dataLocation);
			if (!exists(dataLocation)) {
				create(dataLocation, key, initialize);
			}
			Database database = boot(directory(dataLocation), key, dataLocation);
			database.dataLocation = dataLocation;
			return database;
		} catch (RuntimeException e) {
			StoreFiles.unlock(dataLocation);
			throw e;
		}
	}

	/** Gives a new database its schema before anyone can see it. */
	interface Initializer {
		void initialize(Database database);
	}

	private static void create(Path dataLocation, StoreKey key, Initializer initialize) {
		Path made;
		try {
			made = StoreFiles.creating(dataLocation);
		} catch (IOException e) {
			throw new StoreException(NLS.bind(Messages.Store_cannotOpen, dataLocation, e.getMessage()), e);
		}
		String boot = "bootPassword=" + key.bootPassword();
		String creation = encryptForTestsOnly ? "create=true;" + ENCRYPTION + ";" + boot : "create=true";
		synchronized (Database.class) {
			try (Connection c = dataSource(made, creation).getConnection()) {
				booted++;
			} catch (SQLException e) {
				stopEngineIfIdle();
				throw translateBootFailure(dataLocation, e);
			}
		}
		Database fresh = new Database(made, dataSource(made, null));
		try {
			initialize.initialize(fresh);
		} finally {
			fresh.shutdown();
		}
		try {
			StoreFiles.created(dataLocation, made);
		} catch (IOException e) {
			throw new StoreException(NLS.bind(Messages.Store_cannotOpen, dataLocation, e.getMessage()), e);
		}
	}

	/**
	 * Boots an existing database folder (the store's, or a backup's copy being checked); a wrong key is a
	 * {@link WrongKeyException} naming {@code where}.
	 */
	static Database boot(Path directory, StoreKey key, Path where) {
		configureDerby(where);
		String boot = encryptForTestsOnly || isEncrypted(directory) ? "bootPassword=" + key.bootPassword() : null;
		synchronized (Database.class) {
			try (Connection c = dataSource(directory, boot).getConnection()) {
				booted++; // later connections need no attributes
			} catch (SQLException e) {
				stopEngineIfIdle();
				throw translateBootFailure(where, e);
			}
		}
		return new Database(directory, dataSource(directory, null));
	}

	/** Whether a database folder says it is encrypted (its service.properties). */
	private static boolean isEncrypted(Path directory) {
		try {
			return Files.readString(directory.resolve("service.properties"), java.nio.charset.StandardCharsets.ISO_8859_1)
					.contains("dataEncryption=true");
		} catch (IOException e) {
			return true;
		}
	}

	Connection connection() throws SQLException {
		return dataSource.getConnection();
	}

	Path directory() {
		return directory;
	}

	void shutdown() {
		EmbeddedDataSource shutdown = dataSource(directory, "shutdown=true");
		synchronized (Database.class) {
			try (Connection c = shutdown.getConnection()) {
				// never reached: a shutdown always ends with SQLState 08006
			} catch (SQLException e) {
				if (!"08006".equals(e.getSQLState())) {
					throw DatabaseErrors.of(e);
				}
			} finally {
				booted = Math.max(0, booted - 1);
				stopEngineIfIdle();
				if (dataLocation != null) {
					StoreFiles.unlock(dataLocation);
				}
			}
		}
	}

	/**
	 * Boots the engine (loading its JDBC driver does) with the data location's settings. It stays up: the first
	 * open then skips the engine's start, about half of its time in a cold JVM.
	 */
	static void prepare(Path dataLocation) {
		synchronized (Database.class) {
			configureDerby(dataLocation);
			new org.apache.derby.jdbc.EmbeddedDriver();
		}
	}

	private static void stopEngineIfIdle() {
		if (booted > 0) {
			return;
		}
		EmbeddedDataSource engine = new EmbeddedDataSource();
		engine.setDatabaseName("");
		engine.setShutdownDatabase("shutdown");
		try (Connection c = engine.getConnection()) {
			// never reached: the engine stops with SQLState XJ015
		} catch (SQLException e) {
			// XJ015 is the normal answer; anything else leaves the engine running, which is harmless
		}
	}

	private static EmbeddedDataSource dataSource(Path directory, String attributes) {
		EmbeddedDataSource ds = new EmbeddedDataSource();
		ds.setDatabaseName(directory.toAbsolutePath().toString());
		if (attributes != null) {
			ds.setConnectionAttributes(attributes);
		}
		return ds;
	}

	private static StoreException translateBootFailure(Path dataLocation, SQLException e) {
		if (isWrongKey(e)) {
			return new WrongKeyException(NLS.bind(Messages.Store_wrongKey, dataLocation), e);
		}
		if (hasState(e, "XSDB6")) {
			return new StoreException(NLS.bind(Messages.Store_inUse, dataLocation), e);
		}
		return new StoreException(NLS.bind(Messages.Store_cannotOpen, dataLocation, e.getMessage()), e);
	}

	private static boolean isWrongKey(SQLException e) {
		return hasState(e, "XBM06");
	}

	/** Derby chains the real reason behind XJ040 through both getNextException() and getCause(). */
	private static boolean hasState(Throwable t, String state) {
		if (t == null) {
			return false;
		}
		if (t instanceof SQLException s && (state.equals(s.getSQLState()) || hasState(s.getNextException(), state))) {
			return true;
		}
		return t.getCause() != t && hasState(t.getCause(), state);
	}

	/**
	 * Pages Derby may cache: a quarter of the heap in the participant table's 32 KB pages, at most 16 000 (a whole
	 * 100 000-participant project). A fixed 16 000 held ~75 MB of an import's peak and made a 100 000-row import
	 * fail at -Xmx128m (issue 16); at the product's -Xmx2g this is still 16 000.
	 */
	static int pageCacheSize() {
		long quarter = Runtime.getRuntime().maxMemory() / 4;
		return (int) Math.max(MIN_CACHED_PAGES, Math.min(MAX_CACHED_PAGES, quarter / TABLE_PAGE_BYTES));
	}

	/**
	 * Derby's system directory, where it reads {@code derby.properties} (its default is the working directory,
	 * whose file would change the engine of whoever starts {@code ./finsam} there). Ours switches Derby's JMX
	 * management off: nothing reads its beans, and registering them starts the JVM's platform MBean server and its
	 * diagnostic commands, 0.1-0.2 s of every cold open (issue 16). Derby takes module choices from this file
	 * only, not from system properties.
	 */
	private static void systemHome(Path folder) throws IOException {
		Path file = folder.resolve("derby.properties");
		if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.ISO_8859_1).equals(DERBY_PROPERTIES)) {
			Files.writeString(file, DERBY_PROPERTIES, StandardCharsets.ISO_8859_1);
		}
		System.setProperty("derby.system.home", folder.toAbsolutePath().toString());
	}

	static final String DERBY_PROPERTIES = """
			# Written by Finsam Workbench whenever it starts the database engine; changes here are overwritten.
			# No JMX management beans (nothing reads them; registering them costs every start about 0.1 s).
			derby.module.mgmt.jmx=org.apache.derby.impl.services.jmxnone.NoManagementService
			""";

	private static final int MAX_CACHED_PAGES = 16_000;
	private static final int MIN_CACHED_PAGES = 200;
	private static final int TABLE_PAGE_BYTES = 32 * 1024;

	/**
	 * Derby reads its system properties once, when the engine boots. Its log goes to the data location; it holds
	 * no data (statement text is never logged).
	 */
	private static synchronized void configureDerby(Path dataLocation) {
		if (booted == 0) {
			Path logs = dataLocation.resolve("logs");
			try {
				Files.createDirectories(logs);
				System.setProperty("derby.stream.error.file", logs.resolve("derby.log").toString());
				systemHome(logs);
			} catch (IOException e) {
				// Derby then logs to derby.log in the working directory
			}
		}
		System.setProperty("derby.infolog.append", "true");
		// Files only the owner can read, whatever the umask (Derby's embedded default follows the umask).
		System.setProperty("derby.storage.useDefaultFilePermissions", "false");
		System.setProperty("derby.language.logStatementText", "false");
		System.setProperty("derby.storage.pageCacheSize",
				System.getProperty("finsam.derby.pageCacheSize", Integer.toString(pageCacheSize())));
		// A larger log buffer takes a tenth off big saves (measured with 100 000 participants).
		System.setProperty("derby.storage.logBufferSize", "1048576");
		System.setProperty("derby.storage.sortBufferMax",
				System.getProperty("finsam.derby.sortBufferMax", Integer.toString(sortBufferRows())));
	}

	/**
	 * Rows a sort keeps in memory before it writes runs to temporary files. A bulk load into the empty participant
	 * table builds its three indexes by sorting; Derby's own limit (about 1 MB of rows, grown while the heap looks
	 * free, which it seldom does while a save allocates) wrote 100 000 rows out in runs of a few thousand, encrypted,
	 * and merged them back: a tenth of the save (issue 16: 2.87 -> 2.49 s, medians of three runs of five). Here the
	 * three sorts together may take an eighth of the heap, at 400 bytes a row (two keys and a row location): 220 000
	 * rows at the product's -Xmx2g, 14 000 at -Xmx128m. Only a sort that holds that many rows uses that memory.
	 */
	static int sortBufferRows() {
		return (int) Math.max(MIN_SORT_ROWS, Runtime.getRuntime().maxMemory() / 8 / (3 * SORT_ROW_BYTES));
	}

	private static final int SORT_ROW_BYTES = 400;
	/** Derby's own default (derby.storage.sortBufferMax unset). */
	private static final int MIN_SORT_ROWS = 1024;
}
