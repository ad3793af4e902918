package se.finsam.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import se.finsam.model.validation.ParticipantRules;

/** The widths the bulk load checks are the declared ones, one per column of the function, in its order. */
public class ParticipantRowsTest {

	@Test
	public void theWidthsAreTheDeclaredOnesInTheColumnsOrder() {
		assertArrayEquals(new int[] { -1, -1, -1, 36, 60, 200, -1, 12, -1, -1, 10, -1, 10, 40, 40, -1, 40, -1, 40, 40,
				40, -1, -1, -1, -1, 32672, 10, 10, -1, -1 }, ParticipantRows.widths(ParticipantRows.DECLARATION));
	}

	/** The model refuses a longer code itself (naming the participant and, in an import, the cell). */
	@Test
	public void theModelsLongestCodeIsTheColumnsWidth() {
		assertEquals(ParticipantRules.MAX_CODE_LENGTH, ParticipantRows.widths(ParticipantRows.DECLARATION)[4]);
	}
}
