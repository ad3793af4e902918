package se.finsam.store;

import java.time.Instant;

/**
 * One recorded act on personal data: who, when, what (e.g. {@link #REVEAL_PERSONNUMMER}), in which project, about
 * whom (a participant's code, never an identity) and why, as the user gave it. The data itself is never recorded.
 */
public record AuditEntry(Instant at, String user, String action, String projectId, String subject, String reason) {

	/** The longest reason the log keeps (AUDIT.REASON): where the user types one, no more can be typed. */
	public static final int REASON_LENGTH = 1000;

	/** A personnummer was shown unmasked in the workbench. */
	public static final String REVEAL_PERSONNUMMER = "revealPersonnummer";
	/** Participants were exported with their personnummer or personal attributes (subject: the file's name). */
	public static final String EXPORT_PERSONAL = "exportPersonal";
	/** Identities were erased by the retention rule (subject: how many). */
	public static final String GALLRING = "gallring";
	/** A person's registrations were looked up by personnummer (subject: how many found). */
	public static final String PERSON_LOOKUP = "personLookup";
	/** An extract of a person's data was written (art. 15; subject: how many registrations). */
	public static final String PERSON_EXTRACT = "personExtract";
	/** A person's identity was erased at her request (art. 17; subject: how many registrations). */
	public static final String PERSON_ERASE = "personErase";
	/** A person withdrew her consent (subject: how many registrations). */
	public static final String CONSENT_WITHDRAWN = "consentWithdrawn";
}
