package se.finsam.privacy.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import se.finsam.core.Formats;
import se.finsam.model.Gender;
import se.finsam.model.Measurement;
import se.finsam.model.Participant;
import se.finsam.model.codes.CodeLists;

/** What is stored about a participant, as the extract shows it: Swedish labels, code-list labels, dates. */
public final class ExtractFields {

	private ExtractFields() {
	}

	public static Map<String, String> of(Participant p) {
		CodeLists codes = CodeLists.defaults();
		Map<String, String> f = new LinkedHashMap<>();
		put(f, Messages.Field_personnummer, p.getPersonalIdentityNumber());
		put(f, Messages.Field_code, p.getCode());
		put(f, Messages.Field_gender, gender(p.getGender()));
		put(f, Messages.Field_birthYear, p.getBirthYear());
		put(f, Messages.Field_consent, p.isConsent() ? Messages.Yes : Messages.No);
		put(f, Messages.Field_consentWithdrawn, p.getConsentWithdrawn());
		put(f, Messages.Field_enrolment, p.getEnrolmentDate() != null ? p.getEnrolmentDate() : p.getEnrolmentYear());
		put(f, Messages.Field_exit, p.getExitDate());
		put(f, Messages.Field_referringParty, codes.label(CodeLists.PARTY_KIND, p.getReferringParty()));
		put(f, Messages.Field_supportAtStart, extent(codes.label(CodeLists.SUPPORT, p.getSupportAtStart()),
				p.getSupportExtentAtStart()));
		put(f, Messages.Field_supportAtExit, extent(codes.label(CodeLists.SUPPORT, p.getSupportAtExit()),
				p.getSupportExtentAtExit()));
		put(f, Messages.Field_occupationAtStart, codes.label(CodeLists.OCCUPATION, p.getOccupationAtStart()));
		put(f, Messages.Field_occupationAtExit, codes.label(CodeLists.OCCUPATION, p.getOccupationAtExit()));
		put(f, Messages.Field_exitReason, codes.label(CodeLists.EXIT_REASON, p.getExitReason()));
		put(f, Messages.Field_measurementStart, measurement(p.getStartMeasurement()));
		put(f, Messages.Field_measurementExit, measurement(p.getExitMeasurement()));
		for (Map.Entry<String, String> e : p.getExtraAttributes()) {
			put(f, e.getKey().equals(CodeLists.EMPLOYER_SECTOR) ? Messages.Field_employerSector : e.getKey(),
					e.getKey().equals(CodeLists.EMPLOYER_SECTOR)
							? codes.label(CodeLists.EMPLOYER_SECTOR, e.getValue()) : e.getValue());
		}
		put(f, Messages.Field_identityErased, p.getIdentityErased());
		return f;
	}

	private static void put(Map<String, String> f, String label, Object value) {
		if (value == null || value.toString().isBlank()) {
			return;
		}
		f.put(label, value instanceof LocalDate d ? Formats.date(d) : value.toString());
	}

	private static String gender(Gender g) {
		return g == null ? null : switch (g) {
		case FEMALE -> Messages.Gender_female;
		case MALE -> Messages.Gender_male;
		case UNSPECIFIED -> Messages.Gender_unspecified;
		};
	}

	private static String extent(String label, Integer extent) {
		return label == null || label.isBlank() ? null : extent == null ? label : label + " (" + extent + " %)";
	}

	private static String measurement(Measurement m) {
		if (m == null) {
			return null;
		}
		StringBuilder s = new StringBuilder();
		if (m.getDate() != null) {
			s.append(Formats.date(m.getDate())).append(": ");
		}
		BigDecimal index = m.getEq5dIndex();
		if (index != null) {
			s.append("EQ-5D-index ").append(Formats.decimal(index)).append(' ');
		}
		if (m.getEq5dVas() != null) {
			s.append("VAS ").append(m.getEq5dVas());
		}
		m.getAnswers().forEach(e -> s.append("; ").append(e.getKey()).append(' ').append(e.getValue()));
		return s.toString().strip();
	}
}
