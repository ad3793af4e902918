package se.finsam.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import se.finsam.model.FinsamFactory;
import se.finsam.model.Measurement;
import se.finsam.model.Participant;
import se.finsam.model.demo.DemoData;
import se.finsam.testing.Fixtures;

/**
 * The stored fingerprint of a row must not change with the code that computes it: every row saved before would look
 * changed and be written again.
 */
public class RowHashTest {

	@Test
	public void fingerprintsAreThoseTheTextBuiltBeforeGave() {
		List<Participant> all = DemoData.create(16, 2_000, Fixtures.TODAY).getProjects().stream()
				.flatMap(project -> project.getParticipants().stream()).toList();
		Set<String> personal = Set.of("Anteckning");
		for (Participant p : all) {
			String pnr = p.getPersonalIdentityNumber();
			assertEquals(before(p, pnr, personal), RowHash.of(p, pnr, personal));
		}
		Participant bare = FinsamFactory.eINSTANCE.createParticipant(); // every field null or unset
		assertEquals(before(bare, null, Set.of()), RowHash.of(bare, null, Set.of()));
		Participant odd = all.get(0);
		odd.setEnrolmentDate(LocalDate.of(999, 1, 2)); // a year LocalDate pads
		odd.getExtraAttributes().put("Anteckning", "rad 1\nrad = 2 \\ slut");
		Measurement exit = FinsamFactory.eINSTANCE.createMeasurement();
		exit.setEq5dIndex(new java.math.BigDecimal("1E-3"));
		odd.setExitMeasurement(exit);
		assertEquals(before(odd, "19121212-1212", personal), RowHash.of(odd, "19121212-1212", personal));
		assertNotEquals(RowHash.of(odd, "19121212-1212", personal), RowHash.of(odd, "19121212-1213", personal));
	}

	private static final long OFFSET = 0xcbf29ce484222325L;
	private static final long PRIME = 0x100000001b3L;

	/** RowHash.of as it was written until 2026-12-07 (git show 5cdeff6). */
	private static long before(Participant p, String normalizedPnr, Set<String> personal) {
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
		for (Measurement m : new Measurement[] { p.getStartMeasurement(), p.getExitMeasurement() }) {
			if (m != null) {
				s.append(m.getEq5dIndex()).append('|').append(m.getEq5dVas());
			}
			s.append('#');
		}
		s.append(Details.write(p, personal, UnaryOperator.identity()));
		long h = OFFSET;
		for (int i = 0; i < s.length(); i++) {
			h = (h ^ s.charAt(i)) * PRIME;
		}
		return h;
	}
}
