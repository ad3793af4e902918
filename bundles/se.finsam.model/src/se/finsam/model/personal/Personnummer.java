package se.finsam.model.personal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A Swedish personnummer or samordningsnummer (day of birth + 60), validated: the date must exist and the Luhn
 * check digit over the ten-digit form must match. Accepts {@code YYMMDD-NNNC}, {@code YYMMDD+NNNC} (100 years or
 * older), {@code YYMMDDNNNC}, {@code YYYYMMDDNNNC} and {@code YYYYMMDD-NNNC}.
 * <p>
 * This is sensitive personal data: {@link #toString()} is masked, and no exception message ever contains the
 * number.
 */
public final class Personnummer {

	/** Why a text is not a valid personnummer. */
	public enum Problem {
		/** Not 10 or 12 digits with an optional "-" or "+". */
		FORMAT,
		/** The date of birth does not exist (samordningsnummer: day − 60). */
		DATE,
		/** The Luhn check digit does not match. */
		CHECK_DIGIT
	}

	private final String normalized; // YYYYMMDD-NNNC
	private final boolean coordinationNumber;

	private Personnummer(String normalized, boolean coordinationNumber) {
		this.normalized = normalized;
		this.coordinationNumber = coordinationNumber;
	}

	/** Parses with today's date deciding the century of the ten-digit forms. */
	public static Personnummer parse(String text) throws InvalidPersonnummerException {
		return parse(text, LocalDate.now());
	}

	/** Parses; {@code today} decides the century of the ten-digit forms. */
	public static Personnummer parse(String text, LocalDate today) throws InvalidPersonnummerException {
		String compact = text == null ? "" : text.strip().replace(" ", "");
		// By hand, not by regular expression: an import parses 100 000 of them, several times each, and a cold
		// process would otherwise compile the regex engine's matcher first (issue 16).
		String yyyymmdd;
		String last4;
		int n = compact.length();
		if ((n == 12 || n == 13 && compact.charAt(8) == '-') && digits(compact, 0, 8) && digits(compact, n - 4, n)) {
			yyyymmdd = compact.substring(0, 8);
			last4 = compact.substring(n - 4);
		} else if ((n == 10 || n == 11 && (compact.charAt(6) == '-' || compact.charAt(6) == '+'))
				&& digits(compact, 0, 6) && digits(compact, n - 4, n)) {
			String yymmdd = compact.substring(0, 6);
			yyyymmdd = century(yymmdd, n == 11 && compact.charAt(6) == '+', today) + yymmdd;
			last4 = compact.substring(n - 4);
		} else {
			throw new InvalidPersonnummerException(Problem.FORMAT);
		}
		int day = Integer.parseInt(yyyymmdd.substring(6, 8));
		boolean coordination = day > 60;
		birthDate(yyyymmdd, coordination);
		if (!Luhn.valid(yyyymmdd.substring(2) + last4)) {
			throw new InvalidPersonnummerException(Problem.CHECK_DIGIT);
		}
		return new Personnummer(yyyymmdd + "-" + last4, coordination);
	}

	/** Whether text[from, to) is all ASCII digits (what {@code \d} means in a Java regular expression). */
	private static boolean digits(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	/** Whether the text is a valid personnummer or samordningsnummer. */
	public static boolean isValid(String text) {
		try {
			parse(text);
			return true;
		} catch (InvalidPersonnummerException e) {
			return false;
		}
	}

	private static LocalDate birthDate(String yyyymmdd, boolean coordination) throws InvalidPersonnummerException {
		int year = Integer.parseInt(yyyymmdd.substring(0, 4));
		int month = Integer.parseInt(yyyymmdd.substring(4, 6));
		int day = Integer.parseInt(yyyymmdd.substring(6, 8)) - (coordination ? 60 : 0);
		try {
			return LocalDate.of(year, month, day);
		} catch (DateTimeException e) {
			throw new InvalidPersonnummerException(Problem.DATE);
		}
	}

	/** The century of a YYMMDD: the most recent one not in the future, one more back with "+". */
	private static String century(String yymmdd, boolean plus, LocalDate today) {
		int yy = Integer.parseInt(yymmdd.substring(0, 2));
		int year = today.getYear() - Math.floorMod(today.getYear() - yy, 100);
		if (plus) {
			year -= 100;
		}
		return String.valueOf(year / 100);
	}

	/** {@code YYYYMMDD-NNNC}: the form used for storage and for the keyed pseudonym. */
	public String normalized() {
		return normalized;
	}

	/** The date of birth (for a samordningsnummer the day minus 60). */
	public LocalDate birthDate() {
		try {
			return birthDate(normalized.substring(0, 8), coordinationNumber);
		} catch (InvalidPersonnummerException e) {
			throw new IllegalStateException(e); // validated when parsed
		}
	}

	public int birthYear() {
		return Integer.parseInt(normalized.substring(0, 4));
	}

	public boolean isCoordinationNumber() {
		return coordinationNumber;
	}

	/** {@code 19800101-****}: what the user sees unless she reveals the number. */
	public String masked() {
		return mask(normalized);
	}

	/** Masks any text that may hold a personnummer, valid or not: keeps at most the date part. */
	public static String mask(String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		StringBuilder kept = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				kept.append(c);
			}
		}
		String digits = kept.toString();
		String date = digits.length() >= 8 && digits.length() != 10 ? digits.substring(0, 8)
				: digits.substring(0, Math.min(6, digits.length()));
		return date + "-****";
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Personnummer p && p.normalized.equals(normalized);
	}

	@Override
	public int hashCode() {
		return Objects.hash(normalized);
	}

	/** Masked, so that a log line or a debugger never shows the number by accident. */
	@Override
	public String toString() {
		return masked();
	}
}
