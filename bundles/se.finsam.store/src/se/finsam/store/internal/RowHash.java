package se.finsam.store.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.UnaryOperator;

import se.finsam.model.Measurement;
import se.finsam.model.Participant;

/**
 * A 64-bit fingerprint (FNV-1a) of everything stored for a participant, so a save can skip unchanged rows. Not a
 * security measure; the plain personnummer goes in because its ciphertext is randomized.
 */
final class RowHash {

	private static final long OFFSET = 0xcbf29ce484222325L;
	private static final long PRIME = 0x100000001b3L;

	private RowHash() {
	}

	static long of(Participant p, String normalizedPnr, Set<String> personal) {
		// The characters a StringBuilder would have been given ("null" for null), hashed as they come: a save hashes
		// every participant, and building the text first was half of sealing a row (issue 16).
		Fnv h = new Fnv();
		h.text(p.getId()).bar().text(p.getCode()).bar().text(normalizedPnr).bar().value(p.getGender()).bar()
				.value(p.getBirthYear()).bar().text(p.isConsent() ? "true" : "false").bar().date(p.getEnrolmentDate())
				.bar().value(p.getEnrolmentYear()).bar().date(p.getExitDate()).bar().text(p.getReferringParty()).bar()
				.text(p.getSupportAtStart()).bar().value(p.getSupportExtentAtStart()).bar().text(p.getSupportAtExit())
				.bar().value(p.getSupportExtentAtExit()).bar().text(p.getOccupationAtStart()).bar()
				.text(p.getOccupationAtExit()).bar().text(p.getExitReason()).bar().date(p.getConsentWithdrawn()).bar()
				.date(p.getIdentityErased()).bar();
		measurement(h, p.getStartMeasurement());
		measurement(h, p.getExitMeasurement());
		h.text(Details.write(p, personal, UnaryOperator.identity())); // "p." or "x.": which are personal
		return h.hash;
	}

	private static void measurement(Fnv h, Measurement m) {
		if (m != null) {
			h.value(m.getEq5dIndex()).bar().value(m.getEq5dVas());
		}
		h.character('#');
	}

	/** FNV-1a over UTF-16 code units. */
	private static final class Fnv {
		long hash = OFFSET;

		Fnv character(char c) {
			hash = (hash ^ c) * PRIME;
			return this;
		}

		Fnv bar() {
			return character('|');
		}

		Fnv text(String text) {
			String s = text == null ? "null" : text;
			for (int i = 0; i < s.length(); i++) {
				hash = (hash ^ s.charAt(i)) * PRIME;
			}
			return this;
		}

		Fnv value(Object value) {
			return text(String.valueOf(value));
		}

		Fnv date(LocalDate date) {
			return text(date == null ? null : Binder.iso(date));
		}
	}
}
