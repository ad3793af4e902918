package se.finsam.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.junit.jupiter.api.Test;

import se.finsam.store.internal.Pbkdf2Sha256;

/**
 * Our PBKDF2-HMAC-SHA-256 derives what the JDK's PBKDF2WithHmacSHA256 derives (every existing store's key depends
 * on it) and what the published test vectors say.
 */
public class Pbkdf2Test {

	@Test
	public void publishedVectors() {
		// RFC 7914, section 11: PBKDF2-HMAC-SHA256 with P="passwd", S="salt", c=1, dkLen=64 (two blocks)
		assertEquals("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
				+ "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783",
				hex(Pbkdf2Sha256.derive("passwd".toCharArray(), ascii("salt"), 1, 512)));
		// ... and P="Password", S="NaCl", c=80000
		assertEquals("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
				+ "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d",
				hex(Pbkdf2Sha256.derive("Password".toCharArray(), ascii("NaCl"), 80_000, 512)));
	}

	@Test
	public void sameKeysAsTheJdk() throws Exception {
		String[] passphrases = { "bench-nyckel-start-2026", "Ärlig åtta öar i Småland", "kort",
				"en mycket lång lösenfras som är längre än ett helt block på sextiofyra byte, och lite till",
				"🔐 emoji och \u00e9" };
		byte[][] salts = { new byte[16], ascii("se.finsam.store/passphrase"), HexFormat.of().parseHex("00ff7f80"),
				new byte[70] };
		int[] iterations = { 1, 2, 3, 1000 };
		for (String passphrase : passphrases) {
			for (byte[] salt : salts) {
				for (int count : iterations) {
					for (int bits : new int[] { 256, 128, 264 }) {
						byte[] jdk = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
								.generateSecret(new PBEKeySpec(passphrase.toCharArray(), salt, count, bits)).getEncoded();
						assertArrayEquals(jdk, Pbkdf2Sha256.derive(passphrase.toCharArray(), salt, count, bits),
								passphrase + " / " + HexFormat.of().formatHex(salt) + " / " + count + " / " + bits);
					}
				}
			}
		}
	}

	@Test
	public void theStoresCountGivesTheJdksKey() throws Exception {
		byte[] salt = HexFormat.of().parseHex("8f1c2a0b9d3e4f5061728394a5b6c7d8");
		byte[] jdk = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
				.generateSecret(new PBEKeySpec("Samordning 2026!".toCharArray(), salt, 200_000, 256)).getEncoded();
		assertArrayEquals(jdk, Pbkdf2Sha256.derive("Samordning 2026!".toCharArray(), salt, 200_000, 256));
	}

	@Test
	public void nonsenseIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> Pbkdf2Sha256.derive("x".toCharArray(), new byte[8], 0, 256));
		assertThrows(IllegalArgumentException.class, () -> Pbkdf2Sha256.derive("x".toCharArray(), new byte[8], 1, 250));
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}
}
