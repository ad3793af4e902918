package se.finsam.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import se.finsam.store.StoreKey;

/**
 * The column cipher of personnummer (and of personal extra attributes) and the pseudonym that finds a person
 * without decrypting: what GDPR art. 32 asks of them, tried as an attacker would.
 */
public class PersonalDataCipherTest {

	private static final String PNR = "19850314-1239";
	private final PersonalDataCipher cipher = new PersonalDataCipher(StoreKey.fromText("nyckel-ett-2026"));

	@Test
	public void theCiphertextNeverHoldsTheValue() {
		String sealed = cipher.encrypt(PNR);
		assertNotEquals(PNR, sealed);
		byte[] raw = Base64.getDecoder().decode(sealed);
		String bytes = new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1);
		for (String part : new String[] { PNR, "19850314", "850314", "1239", PNR.replace("-", "") }) {
			assertFalse(sealed.contains(part), "not in the text: " + part);
			assertFalse(bytes.contains(part), "not in the bytes: " + part);
		}
		assertEquals(PNR, cipher.decrypt(sealed));
	}

	@Test
	public void aFreshNonceEachTime() {
		Set<String> sealed = new HashSet<>();
		Set<String> nonces = new HashSet<>();
		for (int i = 0; i < 200; i++) {
			String s = cipher.encrypt(PNR);
			sealed.add(s);
			byte[] raw = Base64.getDecoder().decode(s);
			nonces.add(Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(raw, 12)));
		}
		assertEquals(200, sealed.size(), "the same number never looks the same twice");
		assertEquals(200, nonces.size(), "no nonce is reused");
	}

	@Test
	public void tamperingIsDetected() {
		byte[] raw = Base64.getDecoder().decode(cipher.encrypt(PNR));
		for (int i = 0; i < raw.length; i++) {
			byte[] changed = raw.clone();
			changed[i] ^= 0x01;
			String tampered = Base64.getEncoder().encodeToString(changed);
			assertThrows(IllegalStateException.class, () -> cipher.decrypt(tampered), "byte " + i);
		}
		byte[] cut = java.util.Arrays.copyOf(raw, raw.length - 1);
		assertThrows(IllegalStateException.class, () -> cipher.decrypt(Base64.getEncoder().encodeToString(cut)));
		assertThrows(IllegalStateException.class, () -> cipher.decrypt("inte base64 !"));
		PersonalDataCipher other = new PersonalDataCipher(StoreKey.fromText("nyckel-tva-2026"));
		assertThrows(IllegalStateException.class, () -> other.decrypt(cipher.encrypt(PNR)), "another key opens nothing");
	}

	@Test
	public void thePseudonymIsStableForOneKeyAndDiffersBetweenKeys() {
		String a = cipher.pseudonym(PNR);
		assertEquals(a, cipher.pseudonym(PNR), "the same person, the same pseudonym");
		assertEquals(a, new PersonalDataCipher(StoreKey.fromText("nyckel-ett-2026")).pseudonym(PNR),
				"a new session with the same key finds her again");
		assertNotEquals(a, new PersonalDataCipher(StoreKey.fromText("nyckel-tva-2026")).pseudonym(PNR),
				"another förbund's database cannot link her");
		assertNotEquals(a, cipher.pseudonym("19850314-1247"), "another person, another pseudonym");
		assertEquals(64, a.length());
		assertFalse(a.contains("850314") || a.contains("1239"));
		assertTrue(a.matches("[0-9a-f]{64}"));
	}

	@Test
	public void eachThreadKeepsItsOwnInstancesAndAFailureLeavesThemUsable() throws Exception {
		byte[] raw = Base64.getDecoder().decode(cipher.encrypt(PNR));
		raw[raw.length - 1] ^= 0x01;
		String tampered = Base64.getEncoder().encodeToString(raw);
		assertThrows(IllegalStateException.class, () -> cipher.decrypt(tampered));
		assertEquals(PNR, cipher.decrypt(cipher.encrypt(PNR)), "the thread's cipher works after a refused value");
		String key = cipher.pseudonym(PNR);
		List<Callable<Boolean>> tasks = new ArrayList<>();
		for (int t = 0; t < 4; t++) {
			String pnr = t % 2 == 0 ? PNR : "19850314-1247";
			String expected = cipher.pseudonym(pnr);
			tasks.add(() -> {
				for (int i = 0; i < 2_000; i++) {
					if (!pnr.equals(cipher.decrypt(cipher.encrypt(pnr))) || !expected.equals(cipher.pseudonym(pnr))) {
						return false;
					}
				}
				return true;
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			for (Future<Boolean> done : pool.invokeAll(tasks)) {
				assertTrue(done.get(), "every value sealed and found again on four threads at once");
			}
		} finally {
			pool.shutdownNow();
		}
		assertEquals(key, cipher.pseudonym(PNR));
	}
}
