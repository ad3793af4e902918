package se.finsam.store;

import java.time.Instant;

import se.finsam.store.internal.Shortened;

/**
 * One recorded act on personal data: who, when, what (e.g. {@link #REVEAL_PERSONNUMMER}), in which project, about
 * whom (a participant's code, never an identity) and why, as the user gave it. The data itself is never recorded.
 * <p>
 * A user name, subject or reason longer than the log's column is kept shortened in its middle ("…"), so that an
 * act is never left unrecorded because a file's name was long.
 */
public record AuditEntry(Instant at, String user, String action, String projectId, String subject, String reason) {

	/** The longest reason the log keeps (AUDIT.REASON): where the user types one, no more can be typed. */
	public static final int REASON_LENGTH = 1000;
	/** The longest user name and subject the log keeps (AUDIT.USER_NAME, AUDIT.SUBJECT). */
	public static final int NAME_LENGTH = 200;

	public AuditEntry {
		user = Shortened.middle(user, NAME_LENGTH);
		subject = Shortened.middle(subject, NAME_LENGTH);
		reason = Shortened.middle(reason, REASON_LENGTH);
	}

	/** A personnummer was shown unmasked in the workbench. */
	public static final String REVEAL_PERSONNUMMER = "revealPersonnummer";
	/**
	 * Participants were exported with their personnummer or personal attributes (subject: the file's name).
	 * Recorded when the workbook is written and before it appears under its name: no such file without its entry.
	 */
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
