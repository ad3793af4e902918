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
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.osgi.util.NLS;

import se.finsam.store.internal.Messages;

/**
 * The secret that opens a store. Everything else is derived from it: Derby's boot password (AES-256 encryption of
 * the whole database), the key that encrypts personnummer in their column, and the key of their pseudonyms. The
 * workbench derives it from the database password the user chose (the same password opens the database from the
 * command line), or reads it from a recovery key file; the command line reads it from {@code --key-file},
 * {@code FINSAM_KEY} or a prompt. Never logged: {@link #toString()} hides it.
 */
public final class StoreKey {

	private static final String PREFIX = "finsam-key-1:";
	private static final int MIN_PASSPHRASE = 8;
	private static final byte[] SALT = "se.finsam.store/passphrase".getBytes(StandardCharsets.UTF_8);

	private final byte[] secret;

	private StoreKey(byte[] secret) {
		this.secret = secret;
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
		try {
			PBEKeySpec spec = new PBEKeySpec(value.toCharArray(), SALT, 120_000, 256);
			return new StoreKey(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded());
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Reads a key file: its key line; lines starting with # are the file's own instructions. */
	public static StoreKey read(Path file) {
		try {
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
		return PREFIX + Base64.getEncoder().encodeToString(secret);
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
			Files.deleteIfExists(file);
			try {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			} catch (UnsupportedOperationException e) {
				Files.createFile(file);
			}
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
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
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
		return other instanceof StoreKey k && Arrays.equals(k.secret, secret);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(secret);
	}

	@Override
	public String toString() {
		return "StoreKey[hidden]";
	}
}
