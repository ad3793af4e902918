package se.finsam.privacy;

import se.finsam.privacy.internal.Messages;
import se.finsam.store.AuditEntry;

/** The audit log's acts as a person reads them, in the user's language. */
public final class AuditLog {

	private AuditLog() {
	}

	/** What an act ({@link AuditEntry#action()}) was, e.g. "Personnumret visades". */
	public static String describe(String action) {
		return switch (action) {
		case AuditEntry.REVEAL_PERSONNUMMER -> Messages.Action_reveal;
		case AuditEntry.EXPORT_PERSONAL -> Messages.Action_export;
		case AuditEntry.GALLRING -> Messages.Action_gallring;
		case AuditEntry.PERSON_LOOKUP -> Messages.Action_lookup;
		case AuditEntry.PERSON_EXTRACT -> Messages.Action_extract;
		case AuditEntry.PERSON_ERASE -> Messages.Action_erase;
		case AuditEntry.CONSENT_WITHDRAWN -> Messages.Action_withdrawn;
		default -> action;
		};
	}
}
