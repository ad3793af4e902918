package se.finsam.store.internal;

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
		StringBuilder s = new StringBuilder(256);
		s.append(p.getId()).append('|').append(p.getCode()).append('|').append(normalizedPnr).append('|')
				.append(p.getGender()).append('|').append(p.getBirthYear()).append('|').append(p.isConsent()).append('|')
				.append(p.getEnrolmentDate()).append('|').append(p.getEnrolmentYear()).append('|')
				.append(p.getExitDate()).append('|').append(p.getReferringParty()).append('|')
				.append(p.getSupportAtStart()).append('|').append(p.getSupportExtentAtStart()).append('|')
				.append(p.getSupportAtExit()).append('|').append(p.getSupportExtentAtExit()).append('|')
				.append(p.getOccupationAtStart()).append('|').append(p.getOccupationAtExit()).append('|')
				.append(p.getExitReason()).append('|').append(p.getConsentWithdrawn()).append('|')
				.append(p.getIdentityErased()).append('|');
		append(s, p.getStartMeasurement());
		append(s, p.getExitMeasurement());
		s.append(Details.write(p, personal, UnaryOperator.identity())); // "p." or "x.": which are personal
		long h = OFFSET;
		for (int i = 0; i < s.length(); i++) {
			h = (h ^ s.charAt(i)) * PRIME;
		}
		return h;
	}

	private static void append(StringBuilder s, Measurement m) {
		if (m != null) {
			s.append(m.getEq5dIndex()).append('|').append(m.getEq5dVas());
		}
		s.append('#');
	}
}
