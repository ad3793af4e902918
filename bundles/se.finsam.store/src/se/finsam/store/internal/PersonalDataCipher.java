package se.finsam.store.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import se.finsam.store.StoreKey;

/**
 * Protects the personnummer column beyond the database's own encryption: AES-256-GCM ciphertext for reading it
 * back, and a keyed pseudonym (HMAC-SHA-256) for matching without decrypting. Both keys are derived from the
 * store key, which is kept outside the tables.
 */
final class PersonalDataCipher {

	private static final int NONCE = 12;
	private static final String AES = "AES/GCM/NoPadding";
	private final SecretKeySpec encryptionKey;
	private final SecretKeySpec pseudonymKey;
	// One of each per thread: looking the algorithms up for every value cost about a third of sealing 100 000
	// participants (JFR), and the rows are sealed on several threads at once.
	private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(() -> instance(() -> Cipher.getInstance(AES)));
	private final ThreadLocal<Mac> macs;
	private final ThreadLocal<SecureRandom> randoms = ThreadLocal.withInitial(SecureRandom::new);

	PersonalDataCipher(StoreKey key) {
		this.encryptionKey = new SecretKeySpec(key.derive("personnummer-encryption"), "AES");
		this.pseudonymKey = new SecretKeySpec(key.derive("personnummer-pseudonym"), "HmacSHA256");
		this.macs = ThreadLocal.withInitial(() -> instance(() -> {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(pseudonymKey);
			return mac;
		}));
	}

	private interface Algorithm<T> {
		T get() throws GeneralSecurityException;
	}

	private static <T> T instance(Algorithm<T> algorithm) {
		try {
			return algorithm.get();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The text sealed and as Base64 text (personal values inside DETAILS_UTF8). */
	String encrypt(String plain) {
		return Base64.getEncoder().encodeToString(seal(plain));
	}

	/** The text sealed: nonce, ciphertext and tag (PARTICIPANT.PNR_SEALED). */
	byte[] seal(String plain) {
		try {
			byte[] nonce = new byte[NONCE];
			randoms.get().nextBytes(nonce);
			Cipher cipher = ciphers.get();
			cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(128, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] out = new byte[NONCE + sealed.length];
			System.arraycopy(nonce, 0, out, 0, NONCE);
			System.arraycopy(sealed, 0, out, NONCE, sealed.length);
			return out;
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** What {@link #encrypt} sealed. */
	String decrypt(String stored) {
		try {
			return open(Base64.getDecoder().decode(stored));
		} catch (IllegalArgumentException e) {
			throw new IllegalStateException("personnummer column cannot be decrypted", e);
		}
	}

	/** What {@link #seal} sealed. */
	String open(byte[] in) {
		try {
			Cipher cipher = ciphers.get();
			cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(128, in, 0, NONCE));
			return new String(cipher.doFinal(in, NONCE, in.length - NONCE), StandardCharsets.UTF_8);
		} catch (GeneralSecurityException | IllegalArgumentException e) {
			throw new IllegalStateException("personnummer column cannot be decrypted", e);
		}
	}

	/**
	 * The indexed key of a personnummer: the first 64 bits of its pseudonym. Two persons share one about once in
	 * 10^19 pairs, so a lookup by key decrypts her rows and, almost never, another's to tell them apart.
	 */
	long pseudonymKey(String normalized) {
		return ByteBuffer.wrap(mac(normalized)).getLong();
	}

	String pseudonym(String normalized) {
		return HexFormat.of().formatHex(mac(normalized));
	}

	private byte[] mac(String normalized) {
		return macs.get().doFinal(normalized.getBytes(StandardCharsets.UTF_8)); // doFinal leaves it ready again
	}
}
