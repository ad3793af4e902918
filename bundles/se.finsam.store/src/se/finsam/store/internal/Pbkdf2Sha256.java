package se.finsam.store.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * PBKDF2-HMAC-SHA-256 (RFC 8018), the same derivation as the JDK's {@code PBKDF2WithHmacSHA256} (the passphrase
 * encoded as UTF-8), at half its cost: the HMAC's inner and outer pad blocks are compressed once, so that each
 * iteration costs two SHA-256 compressions instead of four, with nothing allocated in the loop. The workbench and
 * the commands run the C1 compiler alone, which has no SHA intrinsic: there the JDK's 200 000 iterations took
 * 0.53–0.67 s of a core during the workbench's start (issue 16), on the thread that opens the store beside the one
 * building the window.
 */
public final class Pbkdf2Sha256 {

	private static final int[] K = { 0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
			0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7,
			0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
			0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85,
			0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
			0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c,
			0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
			0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2 };
	private static final int[] IV = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c,
			0x1f83d9ab, 0x5be0cd19 };
	private static final int BLOCK = 64;
	private static final int HASH = 32;

	private Pbkdf2Sha256() {
	}

	/** The derived key of {@code bits} (a multiple of 8) from the passphrase, salt and iteration count. */
	public static byte[] derive(char[] passphrase, byte[] salt, int iterations, int bits) {
		if (iterations < 1 || bits <= 0 || bits % 8 != 0) {
			throw new IllegalArgumentException("iterations " + iterations + ", bits " + bits);
		}
		byte[] password = utf8(passphrase);
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			// SecretKeySpec refuses an empty key; HMAC pads a short key with zeros, so one zero byte is the same key.
			mac.init(new SecretKeySpec(password.length == 0 ? new byte[1] : password, "HmacSHA256"));
			int[] inner = padState(password, 0x36);
			int[] outer = padState(password, 0x5c);
			int length = bits / 8;
			byte[] out = new byte[length];
			for (int block = 1, done = 0; done < length; block++, done += HASH) {
				mac.update(salt);
				mac.update(new byte[] { (byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block });
				byte[] first = mac.doFinal();
				int[] t = words(first);
				iterate(t, inner, outer, iterations);
				byte[] bytes = bytes(t);
				System.arraycopy(bytes, 0, out, done, Math.min(HASH, length - done));
				Arrays.fill(first, (byte) 0);
				Arrays.fill(bytes, (byte) 0);
			}
			Arrays.fill(inner, 0);
			Arrays.fill(outer, 0);
			return out;
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		} finally {
			Arrays.fill(password, (byte) 0);
		}
	}

	/** XORs U_2 … U_c into {@code t}, which holds U_1 on entry. */
	private static void iterate(int[] t, int[] inner, int[] outer, int iterations) {
		int[] u = t.clone();
		int[] block = new int[16];
		int[] schedule = new int[64];
		int[] state = new int[8];
		for (int i = 1; i < iterations; i++) {
			// HMAC(P, U) = H(outer pad || H(inner pad || U)); U and the inner hash are 32 bytes, one padded block.
			hashBlock(u, inner, block, schedule, state);
			hashBlock(state, outer, block, schedule, u);
			for (int w = 0; w < 8; w++) {
				t[w] ^= u[w];
			}
		}
		Arrays.fill(u, 0);
		Arrays.fill(block, 0);
		Arrays.fill(schedule, 0);
		Arrays.fill(state, 0);
	}

	/**
	 * The SHA-256 of a pad block (already compressed into {@code padState}) followed by the 32 bytes of
	 * {@code message}, into {@code result}.
	 */
	private static void hashBlock(int[] message, int[] padState, int[] block, int[] schedule, int[] result) {
		System.arraycopy(message, 0, block, 0, 8);
		block[8] = 0x80000000;
		for (int w = 9; w < 15; w++) {
			block[w] = 0;
		}
		block[15] = (BLOCK + HASH) * 8;
		System.arraycopy(padState, 0, result, 0, 8);
		compress(result, block, schedule);
	}

	/** The state after compressing the key, padded to a block and XORed with {@code pad}. */
	private static int[] padState(byte[] password, int pad) throws GeneralSecurityException {
		byte[] key = password.length > BLOCK ? MessageDigest.getInstance("SHA-256").digest(password)
				: password;
		byte[] padded = new byte[BLOCK];
		for (int i = 0; i < BLOCK; i++) {
			padded[i] = (byte) ((i < key.length ? key[i] : 0) ^ pad);
		}
		int[] block = new int[16];
		ByteBuffer.wrap(padded).asIntBuffer().get(block);
		int[] state = IV.clone();
		compress(state, block, new int[64]);
		Arrays.fill(padded, (byte) 0);
		Arrays.fill(block, 0);
		if (key != password) {
			Arrays.fill(key, (byte) 0);
		}
		return state;
	}

	/** One SHA-256 compression of the 16-word {@code block} into {@code state} (FIPS 180-4, 6.2.2). */
	private static void compress(int[] state, int[] block, int[] w) {
		System.arraycopy(block, 0, w, 0, 16);
		for (int t = 16; t < 64; t++) {
			int x = w[t - 15];
			int y = w[t - 2];
			int s0 = Integer.rotateRight(x, 7) ^ Integer.rotateRight(x, 18) ^ (x >>> 3);
			int s1 = Integer.rotateRight(y, 17) ^ Integer.rotateRight(y, 19) ^ (y >>> 10);
			w[t] = w[t - 16] + s0 + w[t - 7] + s1;
		}
		int a = state[0];
		int b = state[1];
		int c = state[2];
		int d = state[3];
		int e = state[4];
		int f = state[5];
		int g = state[6];
		int h = state[7];
		for (int t = 0; t < 64; t++) {
			int t1 = h + (Integer.rotateRight(e, 6) ^ Integer.rotateRight(e, 11) ^ Integer.rotateRight(e, 25))
					+ ((e & f) ^ (~e & g)) + K[t] + w[t];
			int t2 = (Integer.rotateRight(a, 2) ^ Integer.rotateRight(a, 13) ^ Integer.rotateRight(a, 22))
					+ ((a & b) ^ (a & c) ^ (b & c));
			h = g;
			g = f;
			f = e;
			e = d + t1;
			d = c;
			c = b;
			b = a;
			a = t1 + t2;
		}
		state[0] += a;
		state[1] += b;
		state[2] += c;
		state[3] += d;
		state[4] += e;
		state[5] += f;
		state[6] += g;
		state[7] += h;
	}

	private static byte[] utf8(char[] passphrase) {
		ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
		byte[] bytes = new byte[encoded.remaining()];
		encoded.get(bytes);
		if (encoded.hasArray()) {
			Arrays.fill(encoded.array(), (byte) 0);
		}
		return bytes;
	}

	private static int[] words(byte[] bytes) {
		int[] words = new int[bytes.length / 4];
		ByteBuffer.wrap(bytes).asIntBuffer().get(words);
		return words;
	}

	private static byte[] bytes(int[] words) {
		ByteBuffer buffer = ByteBuffer.allocate(words.length * 4);
		buffer.asIntBuffer().put(words);
		return buffer.array();
	}
}
