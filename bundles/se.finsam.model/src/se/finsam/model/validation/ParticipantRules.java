package se.finsam.model.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;

import se.finsam.model.FinsamPackage.Literals;
import se.finsam.model.Measurement;
import se.finsam.model.Participant;
import se.finsam.model.codes.CodeLists;
import se.finsam.model.personal.InvalidPersonnummerException;
import se.finsam.model.personal.Personnummer;

/** Rules of a participant and her measurements. No message ever contains the personnummer. */
public final class ParticipantRules {

	/** Context key: the {@link CodeLists} to check codes against (default: {@link CodeLists#defaults()}). */
	public static final String CODE_LISTS = "se.finsam.model.codeLists";
	/** Context key: the {@link LocalDate} that counts as today (default: the clock). */
	public static final String TODAY = "se.finsam.model.today";
	/** Participants are of working age: younger than this many years is implausible. */
	private static final int MIN_AGE = 15;
	private static final int EARLIEST_BIRTH_YEAR = 1900;
	/** The longest participant code: the width of the store's column (PARTICIPANT.CODE), which a test compares. */
	public static final int MAX_CODE_LENGTH = 60;

	/** The decimals of an EQ-5D index the store keeps (DECIMAL(6,3)), as the value sets give them. */
	public static final int EQ5D_DECIMALS = 3;

	private ParticipantRules() {
	}

	public static boolean codeRequired(Participant p, DiagnosticChain d, Map<Object, Object> context) {
		return !Rules.isBlank(p.getCode())
				|| Rules.error(d, p, Literals.PARTICIPANT__CODE, Messages.Rule_codeRequired, Labels.of(p));
	}

	/** Refused here, not by the database, so that the message names the participant and an import the cell. */
	public static boolean codeFits(Participant p, DiagnosticChain d, Map<Object, Object> context) {
		return p.getCode() == null || p.getCode().length() <= MAX_CODE_LENGTH || Rules.error(d, p,
				Literals.PARTICIPANT__CODE, Messages.Rule_codeTooLong, Labels.of(p),
				String.valueOf(p.getCode().length()), String.valueOf(MAX_CODE_LENGTH));
	}

	public static boolean validPersonalIdentityNumber(Participant p, DiagnosticChain d, Map<Object, Object> context) {
		if (Rules.isBlank(p.getPersonalIdentityNumber())) {
			return true;
		}
		try {
			Personnummer pnr = Personnummer.parse(p.getPersonalIdentityNumber(), today(context));
			return p.getBirthYear() == null || p.getBirthYear() == pnr.birthYear() || Rules.error(d, p,
					Literals.PARTICIPANT__BIRTH_YEAR, Messages.Rule_birthYearMismatch, Labels.of(p), p.getBirthYear());
		} catch (InvalidPersonnummerException e) {
			String message = switch (e.problem()) {
			case FORMAT -> Messages.Rule_personnummerFormat;
			case DATE -> Messages.Rule_personnummerDate;
			case CHECK_DIGIT -> Messages.Rule_personnummerCheckDigit;
			};
			return Rules.error(d, p, Literals.PARTICIPANT__PERSONAL_IDENTITY_NUMBER, message, Labels.of(p));
		}
	}

	public static boolean birthYearInRange(Participant p, DiagnosticChain d, Map<Object, Object> context) {
		Integer year = p.getBirthYear();
		int latest = today(context).getYear() - MIN_AGE;
		return year == null || (year >= EARLIEST_BIRTH_YEAR && year <= latest) || Rules.error(d, p,
				Literals.PARTICIPANT__BIRTH_YEAR, Messages.Rule_birthYearRange, Labels.of(p), String.valueOf(year),
				String.valueOf(EARLIEST_BIRTH_YEAR), String.valueOf(latest));
	}

	public static boolean exitNotBeforeEnrolment(Participant p, DiagnosticChain d, Map<Object, Object> context) {
		boolean ok = true;
		if (p.getEnrolmentDate() != null && p.getExitDate() != null && p.getExitDate().isBefore(p.getEnrolmentDate())) {
			ok = Rules.error(d, p, Literals.PARTICIPANT__EXIT_DATE, Messages.Rule_exitBeforeEnrolment, Labels.of(p),
					Rules.date(p.getEnrolmentDate()), Rules.date(p.getExitDate()));
		}
		if (p.getEnrolmentDate() != null && p.getEnrolmentYear() != null
				&& p.getEnrolmentYear() != p.getEnrolmentDate().getYear()) {
			ok = Rules.error(d, p, Literals.PARTICIPANT__ENROLMENT_YEAR, Messages.Rule_enrolmentYearMismatch,
					Labels.of(p), String.valueOf(p.getEnrolmentYear()), Rules.date(p.getEnrolmentDate())) && ok;
		}
		return ok;
	}

	public static boolean exitReasonNeedsExitDate(Participant p, DiagnosticChain d, Map<Object, Object> context) {
		return Rules.isBlank(p.getExitReason()) || p.getExitDate() != null || Rules.error(d, p,
				Literals.PARTICIPANT__EXIT_DATE, Messages.Rule_exitReasonWithoutExitDate, Labels.of(p));
	}

	/** Without consent only gender and enrolment year may be kept (as SUS did). */
	public static boolean consentLimitsData(Participant p, DiagnosticChain d, Map<Object, Object> context) {
		if (p.isConsent()) {
			return true;
		}
		List<String> kept = new ArrayList<>();
		add(kept, p.getPersonalIdentityNumber() != null && !p.getPersonalIdentityNumber().isBlank(),
				Messages.Field_personalIdentityNumber);
		add(kept, p.getBirthYear() != null, Messages.Field_birthYear);
		add(kept, p.getEnrolmentDate() != null, Messages.Field_enrolmentDate);
		add(kept, p.getExitDate() != null, Messages.Field_exitDate);
		add(kept, !Rules.isBlank(p.getExitReason()), Messages.Field_exitReason);
		add(kept, !Rules.isBlank(p.getReferringParty()), Messages.Field_referringParty);
		add(kept, !Rules.isBlank(p.getSupportAtStart()) || !Rules.isBlank(p.getSupportAtExit()),
				Messages.Field_supportAtStart);
		add(kept, !Rules.isBlank(p.getOccupationAtStart()) || !Rules.isBlank(p.getOccupationAtExit()),
				Messages.Field_occupationAtStart);
		add(kept, p.getStartMeasurement() != null || p.getExitMeasurement() != null, Messages.Field_measurements);
		add(kept, !p.getExtraAttributes().isEmpty(), Messages.Field_extraAttributes);
		return kept.isEmpty() || Rules.error(d, p, Literals.PARTICIPANT__CONSENT, Messages.Rule_consentLimitsData,
				Labels.of(p), String.join(", ", kept));
	}

	public static boolean extentInRange(Participant p, DiagnosticChain d, Map<Object, Object> context) {
		boolean ok = percent(d, p, Literals.PARTICIPANT__SUPPORT_EXTENT_AT_START, p.getSupportExtentAtStart(),
				Messages.Field_supportExtentAtStart);
		return percent(d, p, Literals.PARTICIPANT__SUPPORT_EXTENT_AT_EXIT, p.getSupportExtentAtExit(),
				Messages.Field_supportExtentAtExit) && ok;
	}

	public static boolean knownCodes(Participant p, DiagnosticChain d, Map<Object, Object> context) {
		CodeLists codes = context != null && context.get(CODE_LISTS) instanceof CodeLists c ? c : CodeLists.defaults();
		boolean ok = known(d, p, codes, CodeLists.SUPPORT, Literals.PARTICIPANT__SUPPORT_AT_START,
				p.getSupportAtStart(), Messages.Field_supportAtStart);
		ok = known(d, p, codes, CodeLists.SUPPORT, Literals.PARTICIPANT__SUPPORT_AT_EXIT, p.getSupportAtExit(),
				Messages.Field_supportAtExit) && ok;
		ok = known(d, p, codes, CodeLists.OCCUPATION, Literals.PARTICIPANT__OCCUPATION_AT_START,
				p.getOccupationAtStart(), Messages.Field_occupationAtStart) && ok;
		ok = known(d, p, codes, CodeLists.OCCUPATION, Literals.PARTICIPANT__OCCUPATION_AT_EXIT,
				p.getOccupationAtExit(), Messages.Field_occupationAtExit) && ok;
		ok = known(d, p, codes, CodeLists.EXIT_REASON, Literals.PARTICIPANT__EXIT_REASON, p.getExitReason(),
				Messages.Field_exitReason) && ok;
		return known(d, p, codes, CodeLists.PARTY_KIND, Literals.PARTICIPANT__REFERRING_PARTY,
				p.getReferringParty(), Messages.Field_referringParty) && ok;
	}

	/**
	 * The index in the Swedish value set's range, with no more decimals than the store keeps ({@link
	 * #EQ5D_DECIMALS}: Derby would cut 0,8125 to 0,812 and PostgreSQL round it to 0,813, without a word); VAS 0–100.
	 */
	public static boolean eq5dInRange(Measurement m, DiagnosticChain d, Map<Object, Object> context) {
		boolean ok = true;
		BigDecimal index = m.getEq5dIndex();
		if (index != null && (index.compareTo(new BigDecimal("-0.594")) < 0 || index.compareTo(BigDecimal.ONE) > 0)) {
			ok = Rules.error(d, m, Literals.MEASUREMENT__EQ5D_INDEX, Messages.Rule_eq5dIndex, Labels.of(m),
					Rules.number(index));
		} else if (index != null && index.stripTrailingZeros().scale() > EQ5D_DECIMALS) {
			ok = Rules.error(d, m, Literals.MEASUREMENT__EQ5D_INDEX, Messages.Rule_eq5dDecimals, Labels.of(m),
					Rules.number(index, index.scale()), EQ5D_DECIMALS);
		}
		Integer vas = m.getEq5dVas();
		if (vas != null && (vas < 0 || vas > 100)) {
			ok = Rules.error(d, m, Literals.MEASUREMENT__EQ5D_VAS, Messages.Rule_eq5dVas, Labels.of(m), vas) && ok;
		}
		return ok;
	}

	private static boolean known(DiagnosticChain d, Participant p, CodeLists codes, String list, EAttribute feature,
			String code, String field) {
		if (Rules.isBlank(code) || codes.find(list, code).isPresent()) {
			return true;
		}
		String allowed = codes.entries(list).stream().map(e -> e.getCode() + " (" + CodeLists.label(e) + ")")
				.collect(Collectors.joining(", "));
		return Rules.error(d, p, feature, Messages.Rule_unknownCode, Labels.of(p), code, field, allowed);
	}

	private static boolean percent(DiagnosticChain d, Participant p, EAttribute feature, Integer value, String field) {
		return value == null || (value >= 0 && value <= 100)
				|| Rules.error(d, p, feature, Messages.Rule_extentRange, Labels.of(p), value, field);
	}

	private static void add(List<String> fields, boolean present, String field) {
		if (present) {
			fields.add(field);
		}
	}

	private static LocalDate today(Map<Object, Object> context) {
		return context != null && context.get(TODAY) instanceof LocalDate date ? date : LocalDate.now();
	}
}
