package se.finsam.ui.editors.internal.participants;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import se.finsam.core.Formats;
import se.finsam.model.Gender;
import se.finsam.model.Measurement;
import se.finsam.model.Participant;
import se.finsam.model.codes.CodeLists;
import se.finsam.model.personal.Personnummer;
import se.finsam.ui.editors.internal.Messages;

/** The columns of the participants table: how each shows a participant and how it sorts. */
final class ParticipantColumns {

	record Column(String title, Function<Participant, String> text, Comparator<Participant> order, int width) {
	}

	static final List<Column> ALL = columns();

	private ParticipantColumns() {
	}

	private static List<Column> columns() {
		CodeLists codes = CodeLists.defaults();
		return List.of(
				text(Messages.Participants_code, Participant::getCode, 90),
				text(Messages.Participants_personnummer, p -> Personnummer.mask(p.getPersonalIdentityNumber()), 110),
				text(Messages.Participants_gender, p -> gender(p.getGender()), 70),
				number(Messages.Participants_birthYear, Participant::getBirthYear, 70),
				text(Messages.Participants_consent, p -> p.isConsent() ? Messages.Yes : Messages.No, 70),
				date(Messages.Participants_enrolled, p -> p.getEnrolmentDate() != null ? Formats.date(p.getEnrolmentDate())
						: p.getEnrolmentYear() == null ? "" : String.valueOf(p.getEnrolmentYear()), 90),
				date(Messages.Participants_exited, p -> Formats.date(p.getExitDate()), 90),
				text(Messages.Participants_exitReason, p -> label(codes, CodeLists.EXIT_REASON, p.getExitReason()), 220),
				text(Messages.Participants_referrer, p -> label(codes, CodeLists.PARTY_KIND, p.getReferringParty()), 120),
				text(Messages.Participants_supportStart, p -> label(codes, CodeLists.SUPPORT, p.getSupportAtStart()), 150),
				text(Messages.Participants_supportExit, p -> label(codes, CodeLists.SUPPORT, p.getSupportAtExit()), 150),
				text(Messages.Participants_occupationStart,
						p -> label(codes, CodeLists.OCCUPATION, p.getOccupationAtStart()), 150),
				text(Messages.Participants_occupationExit,
						p -> label(codes, CodeLists.OCCUPATION, p.getOccupationAtExit()), 150),
				text(Messages.Participants_eq5dStart, p -> eq5d(p.getStartMeasurement()), 80),
				text(Messages.Participants_eq5dExit, p -> eq5d(p.getExitMeasurement()), 80));
	}

	private static Column text(String title, Function<Participant, String> text, int width) {
		Function<Participant, String> safe = p -> {
			String s = text.apply(p);
			return s == null ? "" : s;
		};
		return new Column(title, safe, Comparator.comparing(safe, String.CASE_INSENSITIVE_ORDER), width);
	}

	/** ISO dates sort as text. */
	private static Column date(String title, Function<Participant, String> text, int width) {
		return text(title, text, width);
	}

	private static Column number(String title, Function<Participant, Integer> value, int width) {
		return new Column(title, p -> value.apply(p) == null ? "" : String.valueOf(value.apply(p)),
				Comparator.comparing(value, Comparator.nullsFirst(Comparator.naturalOrder())), width);
	}

	static String gender(Gender gender) {
		return switch (gender) {
		case FEMALE -> Messages.Gender_female;
		case MALE -> Messages.Gender_male;
		default -> "";
		};
	}

	private static String label(CodeLists codes, String list, String code) {
		return code == null ? "" : codes.label(list, code);
	}

	private static String eq5d(Measurement m) {
		return m == null || m.getEq5dIndex() == null ? "" : Formats.number(m.getEq5dIndex());
	}
}
