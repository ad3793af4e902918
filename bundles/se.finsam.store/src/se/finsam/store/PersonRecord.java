package se.finsam.store;

/** One registration of a person, found by personnummer through its pseudonym: which förbund, insats and code. */
public record PersonRecord(String associationId, String associationName, String projectId, String diarienummer,
		String projectName, String participantId, String code) {
}
