package se.finsam.model.personal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	private static final Pattern SHORT = Pattern.compile("(\\d{6})([-+]?)(\\d{4})");
	private static final Pattern LONG = Pattern.compile("(\\d{8})-?(\\d{4})");

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
		String yyyymmdd;
		String last4;
		Matcher m = LONG.matcher(compact);
		if (m.matches()) {
			yyyymmdd = m.group(1);
			last4 = m.group(2);
		} else if ((m = SHORT.matcher(compact)).matches()) {
			yyyymmdd = century(m.group(1), "+".equals(m.group(2)), today) + m.group(1);
			last4 = m.group(3);
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
		String digits = text.replaceAll("[^0-9]", "");
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
