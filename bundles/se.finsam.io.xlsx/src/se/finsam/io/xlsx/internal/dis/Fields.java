package se.finsam.io.xlsx.internal.dis;

import java.time.LocalDate;

import se.finsam.io.xlsx.DisColumn;
import se.finsam.model.Gender;
import se.finsam.model.Participant;
import se.finsam.model.codes.CodeLists;
import se.finsam.model.personal.InvalidPersonnummerException;
import se.finsam.model.personal.Personnummer;

/**
 * Writes a row's values into a participant. A column the sheet has is the truth, an empty cell included (an empty
 * Avslutsdatum means she has not left); a column the sheet lacks leaves the field as it was.
 */
final class Fields {

	private Fields() {
	}

	static void apply(DisRow row, Participant p, LocalDate today) {
		Layout layout = row.layout();
		if (layout.has(DisColumn.PERSONNUMMER)) {
			p.setPersonalIdentityNumber((String) row.get(DisColumn.PERSONNUMMER));
		}
		if (layout.has(DisColumn.GENDER)) {
			Gender gender = (Gender) row.get(DisColumn.GENDER);
			p.setGender(gender == null ? Gender.UNSPECIFIED : gender);
		}
		if (layout.has(DisColumn.CONSENT) && row.get(DisColumn.CONSENT) != null) {
			p.setConsent((Boolean) row.get(DisColumn.CONSENT));
		}
		set(row, DisColumn.ENROLMENT_DATE, p::setEnrolmentDate);
		set(row, DisColumn.ENROLMENT_YEAR, p::setEnrolmentYear);
		set(row, DisColumn.EXIT_DATE, p::setExitDate);
		set(row, DisColumn.REFERRING_PARTY, p::setReferringParty);
		set(row, DisColumn.SUPPORT_AT_START, p::setSupportAtStart);
		set(row, DisColumn.SUPPORT_AT_EXIT, p::setSupportAtExit);
		set(row, DisColumn.OCCUPATION_AT_START, p::setOccupationAtStart);
		set(row, DisColumn.OCCUPATION_AT_EXIT, p::setOccupationAtExit);
		set(row, DisColumn.EXTENT, p::setSupportExtentAtStart);
		set(row, DisColumn.EXTENT_AT_EXIT, p::setSupportExtentAtExit);
		set(row, DisColumn.EXIT_REASON, p::setExitReason);
		set(row, DisColumn.EMPLOYER_SECTOR, (String sector) -> {
			if (sector == null) {
				p.getExtraAttributes().removeKey(CodeLists.EMPLOYER_SECTOR);
			} else {
				p.getExtraAttributes().put(CodeLists.EMPLOYER_SECTOR, sector);
			}
		});
		birthYear(row, p, today);
		String[] extras = row.extras();
		for (int e = 0; e < extras.length; e++) {
			String key = layout.headings[layout.extraColumns[e]].strip();
			if (extras[e] == null || extras[e].isEmpty()) {
				// Asking for the map makes one: 100 000 empty maps are what tips a 128 MB heap over.
				if (p.eIsSet(se.finsam.model.FinsamPackage.Literals.PARTICIPANT__EXTRA_ATTRIBUTES)) {
					p.getExtraAttributes().removeKey(key);
				}
			} else {
				p.getExtraAttributes().put(key, extras[e]);
			}
		}
	}

	/** Födelseår as given; else from the personnummer; else from Ålder (at enrolment, or now). */
	private static void birthYear(DisRow row, Participant p, LocalDate today) {
		Layout layout = row.layout();
		if (layout.has(DisColumn.BIRTH_YEAR)) {
			p.setBirthYear((Integer) row.get(DisColumn.BIRTH_YEAR));
		} else if (p.getPersonalIdentityNumber() != null) {
			try {
				p.setBirthYear(Personnummer.parse(p.getPersonalIdentityNumber(), today).birthYear());
			} catch (InvalidPersonnummerException e) {
				// already reported by the parser
			}
		} else if (layout.has(DisColumn.AGE) && row.get(DisColumn.AGE) != null) {
			int age = (Integer) row.get(DisColumn.AGE);
			int year = p.getEnrolmentDate() != null ? p.getEnrolmentDate().getYear() : today.getYear();
			p.setBirthYear(year - age);
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> void set(DisRow row, DisColumn column, java.util.function.Consumer<T> setter) {
		if (row.layout().has(column)) {
			setter.accept((T) row.get(column));
		}
	}
}
