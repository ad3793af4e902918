package se.finsam.store;

import java.time.LocalDate;

/**
 * A participant whose identity is due for erasure (gallring): where she is, by code, and since when it is due.
 *
 * @param exit her exit date, or null when the project's end made it due
 * @param due the day her identity was to be erased by the association's retention rule
 */
public record ErasureCandidate(String participantId, String projectId, String diarienummer, String code,
		LocalDate exit, LocalDate due) {
}
