package se.finsam.store;

import java.util.Locale;
import java.util.Set;

/**
 * The passphrases of twelve characters or more that people choose most often (from published lists of leaked
 * passwords, and Swedish ones of the same kind): the first an attacker tries. Also refused: one character repeated,
 * and a run of the keyboard or the alphabet.
 */
final class CommonPassphrases {

	private static final Set<String> LIST = Set.of("123456789012", "1234567890123", "12345678901234",
			"123456789123", "111111111111", "000000000000", "passwordpassword", "password1234", "password12345",
			"password123!", "qwertyuiop123", "qwerty123456", "qwertyuiopasdf", "1q2w3e4r5t6y", "q1w2e3r4t5y6",
			"zaq12wsxcde3", "iloveyou1234", "changeme1234", "letmein12345", "welcome12345", "football1234",
			"administrator", "administrator1", "trustno1trustno1", "abc123abc123", "lösenordlösenord", "lösenord1234",
			"lösenord12345", "lösenord123!", "mittlösenord123", "hemligt12345", "välkommen123", "välkommen1234",
			"sommar2024sommar", "samordningsförbund", "samordningsförbundet", "finsamfinsam", "finsam123456",
			"finsamworkbench", "förbundet1234", "försäkringskassan", "arbetsförmedlingen");

	private CommonPassphrases() {
	}

	static boolean contains(String passphrase) {
		String p = passphrase.strip().toLowerCase(Locale.ROOT);
		return LIST.contains(p) || p.chars().distinct().count() <= 2 || isRun(p, "abcdefghijklmnopqrstuvwxyzåäö")
				|| isRun(p, "qwertyuiopåasdfghjklöäzxcvbnm") || isRun(p, "01234567890123456789");
	}

	/** A stretch of the sequence (the alphabet, a keyboard row, the digits). */
	private static boolean isRun(String p, String sequence) {
		return sequence.contains(p);
	}
}
