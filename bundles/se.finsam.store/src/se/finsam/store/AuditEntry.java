package se.finsam.store;

import java.time.Instant;

/**
 * One recorded act on personal data: who, when, what (e.g. {@link #REVEAL_PERSONNUMMER}), in which project, about
 * whom (a participant's code, never an identity) and why, as the user gave it. The data itself is never recorded.
 */
public record AuditEntry(Instant at, String user, String action, String projectId, String subject, String reason) {

	/** A personnummer was shown unmasked in the workbench. */
	public static final String REVEAL_PERSONNUMMER = "revealPersonnummer";
}
