package se.finsam.store;

import java.time.LocalDate;

import se.finsam.model.Gender;

/** A participant as listed: code, gender and dates; never the personal identity number. */
public record ParticipantSummary(String code, Gender gender, Integer birthYear, LocalDate enrolmentDate,
		Integer enrolmentYear, LocalDate exitDate, String exitReason) {
}
