package se.finsam.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.osgi.util.NLS;

import se.finsam.store.internal.Messages;
import se.finsam.store.internal.Pbkdf2Sha256;

/**
 * The secret that opens a store. Everything else is derived from it: Derby's boot password (AES-256 encryption of
 * the whole database), the key that encrypts personnummer in their column, and the key of their pseudonyms. The
 * workbench derives it from the database password the user chose (the same password opens the database from the
 * command line), or reads it from a recovery key file; the command line reads it from {@code --key-file},
 * {@code FINSAM_KEY} or a prompt. Never logged: {@link #toString()} hides it.
 */
public final class StoreKey {

	private static final String PREFIX = "finsam-key-1:";
	/** Shorter passphrases still open the stores made with them; a new store needs {@link #STRONG_PASSPHRASE}. */
	private static final int MIN_PASSPHRASE = 8;
	/** The least length of a new store's passphrase. */
	public static final int STRONG_PASSPHRASE = 12;
	/** The salt and cost of stores made before each store had its own salt. */
	private static final byte[] LEGACY_SALT = "se.finsam.store/passphrase".getBytes(StandardCharsets.UTF_8);
	private static final int LEGACY_ITERATIONS = 120_000;
	/**
	 * About 0.3 s where stores are opened most, in a command (whose JVM runs the C1 compiler only: the JDK's
	 * derivation took 1.5 ms per 1 000 iterations on our 2-core machines on 2026-12-01, 2.7–3.3 ms on 2026-12-05,
	 * {@link Pbkdf2Sha256} half that); as much in the workbench since it runs C1 alone too, on the thread that opens
	 * the store while the window is built. Recorded in each store's salt file, so it can be raised for new stores
	 * without touching existing ones.
	 */
	static final int ITERATIONS = 200_000;

	/** The key itself; null for a passphrase not yet stretched with its store's salt. */
	private final byte[] secret;
	private final char[] passphrase;
	/** The last stretching of the passphrase: salt file text → key (each costs ~0.3 s, so done once). */
	private volatile Object[] bound;

	private StoreKey(byte[] secret) {
		this.secret = secret;
		this.passphrase = null;
	}

	private StoreKey(char[] passphrase) {
		this.secret = null;
		this.passphrase = passphrase;
	}

	/** A new random 256-bit key. */
	public static StoreKey generate() {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		return new StoreKey(secret);
	}

	/**
	 * A key from text: what {@link #encoded()} wrote, or a passphrase of at least 8 characters (stretched with
	 * PBKDF2).
	 */
	public static StoreKey fromText(String text) {
		String value = text == null ? "" : text.strip();
		if (value.startsWith(PREFIX)) {
			try {
				byte[] secret = Base64.getDecoder().decode(value.substring(PREFIX.length()));
				if (secret.length == 32) {
					return new StoreKey(secret);
				}
			} catch (IllegalArgumentException e) {
				// reported below
			}
			throw new StoreException(Messages.Key_damaged);
		}
		if (value.length() < MIN_PASSPHRASE) {
			throw new StoreException(NLS.bind(Messages.Key_tooShort, MIN_PASSPHRASE));
		}
		return new StoreKey(value.toCharArray());
	}

	/**
	 * Why this key is too weak for a new store (a passphrase shorter than {@value #STRONG_PASSPHRASE} characters or
	 * one of the commonest), or null. Stores made earlier still open with what made them.
	 */
	public String weakness() {
		if (passphrase == null) {
			return null;
		}
		String text = new String(passphrase);
		if (text.length() < STRONG_PASSPHRASE) {
			return NLS.bind(Messages.Key_weakShort, STRONG_PASSPHRASE);
		}
		if (CommonPassphrases.contains(text)) {
			return Messages.Key_weakCommon;
		}
		return null;
	}

	/**
	 * The key of the store in a data location: a passphrase stretched (PBKDF2-HMAC-SHA-256) with the store's own
	 * random salt, kept beside it in {@code db/store.salt} (not secret) and made when the store is new; a store made
	 * before salts were per store keeps the fixed salt it was made with. A key from a key file is itself.
	 */
	public StoreKey forStore(Path dataLocation) {
		return forSaltFile(dataLocation.resolve("db").resolve(SALT_FILE),
				Files.exists(dataLocation.resolve("db").resolve("finsam")));
	}

	/** The key of a backup (its salt file beside its database; one without is from before salts per store). */
	public StoreKey forBackup(Path backup) {
		return forSaltFile(backup.resolve(SALT_FILE), true);
	}

	/** The file beside a database (and in a backup) that holds the salt and cost of its passphrase. */
	public static final String SALT_FILE = "store.salt";

	private StoreKey forSaltFile(Path file, boolean databaseExists) {
		if (passphrase == null) {
			return this;
		}
		try {
			String text;
			if (Files.isRegularFile(file)) {
				text = Files.readString(file, StandardCharsets.UTF_8).strip();
			} else if (databaseExists) {
				text = ""; // made before salts per store
			} else {
				text = newSalt();
				Files.createDirectories(file.getParent());
				Files.writeString(file, text + System.lineSeparator(), StandardCharsets.UTF_8);
			}
			return stretched(text);
		} catch (IOException | RuntimeException e) {
			throw new StoreException(NLS.bind(Messages.Key_saltUnreadable, file), e);
		}
	}

	/** A new random salt with this version's cost, in the form a salt file (or a team server) keeps it. */
	public static String newSalt() {
		byte[] salt = new byte[16];
		new SecureRandom().nextBytes(salt);
		return "pbkdf2-sha256:" + ITERATIONS + ":" + Base64.getEncoder().encodeToString(salt);
	}

	/**
	 * The key of a store whose salt is kept elsewhere than in a data location (a team server): a passphrase
	 * stretched with it; a key from a key file is itself.
	 *
	 * @throws IllegalArgumentException when the salt text is not one {@link #newSalt()} makes
	 */
	public StoreKey forSalt(String saltText) {
		return passphrase == null ? this : stretched(saltText);
	}

	private StoreKey stretched(String saltText) {
		Object[] last = bound;
		if (last != null && last[0].equals(saltText)) {
			return (StoreKey) last[1];
		}
		byte[] salt = LEGACY_SALT;
		int iterations = LEGACY_ITERATIONS;
		if (!saltText.isEmpty()) {
			String[] parts = saltText.split(":");
			if (parts.length != 3 || !parts[0].equals("pbkdf2-sha256")) {
				throw new IllegalArgumentException("salt file");
			}
			iterations = Integer.parseInt(parts[1]);
			salt = Base64.getDecoder().decode(parts[2]);
		}
		StoreKey key = new StoreKey(Pbkdf2Sha256.derive(passphrase, salt, iterations, 256));
		bound = new Object[] { saltText, key };
		return key;
	}

	/** The key bytes: a passphrase not bound to a store is stretched as earlier versions did (fixed salt). */
	private byte[] secret() {
		return secret != null ? secret : stretched("").secret;
	}

	/**
	 * Reads a key file: its key line; lines starting with # are the file's own instructions. A key file others on
	 * the machine can read is refused, as OpenSSH refuses such a private key: it opens every participant's data.
	 */
	public static StoreKey read(Path file) {
		try {
			if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
				var open = Files.getPosixFilePermissions(file).stream().filter(p -> p.name().startsWith("GROUP")
						|| p.name().startsWith("OTHERS")).toList();
				if (!open.isEmpty()) {
					throw new StoreException(NLS.bind(Messages.Key_fileOpen, file,
							PosixFilePermissions.toString(Files.getPosixFilePermissions(file))));
				}
			}
			String text = Files.readString(file, StandardCharsets.UTF_8);
			String line = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).findFirst()
					.orElse("");
			return fromText(line);
		} catch (IOException e) {
			throw new StoreException(NLS.bind(Messages.Key_cannotRead, file), e);
		}
	}

	/** The text form a key file holds. */
	public String encoded() {
		return PREFIX + Base64.getEncoder().encodeToString(secret());
	}

	/** Writes a key file readable by its owner only. */
	public void write(Path file) {
		write(file, List.of());
	}

	/**
	 * Writes a key file readable by its owner only, with lines of explanation above the key (a recovery key tells
	 * whoever finds it what it opens and how).
	 */
	public void write(Path file, List<String> comments) {
		try {
			// owner-only before the key is in it: 600 on Linux, the owner's access control entry alone on Windows
			se.finsam.core.PrivateFiles.newFile(file);
			StringBuilder text = new StringBuilder();
			for (String comment : comments) {
				text.append("# ").append(comment).append(System.lineSeparator());
			}
			Files.writeString(file, text + encoded() + System.lineSeparator(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new StoreException(NLS.bind(Messages.Key_cannotWrite, file), e);
		}
	}

	/** A 32-byte key for one purpose, derived from the secret (HMAC-SHA-256 of the purpose). */
	public byte[] derive(String purpose) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
			return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Derby's boot password. */
	public String bootPassword() {
		return HexFormat.of().formatHex(derive("derby-boot-password"));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StoreKey k && Arrays.equals(k.secret(), secret());
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(secret());
	}

	@Override
	public String toString() {
		return "StoreKey[hidden]";
	}
}
