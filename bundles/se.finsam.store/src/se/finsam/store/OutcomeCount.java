package se.finsam.store;

import se.finsam.model.Gender;

/** How many participants left with one exit reason (null: not given), by gender. */
public record OutcomeCount(String exitReason, Gender gender, long participants) {
}
