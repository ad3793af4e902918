package se.finsam.io.xlsx.internal.dis;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

import se.finsam.io.xlsx.internal.read.SheetRow;

/** Turning cell text into dates, years and percentages, the ways people actually type them into Excel. */
final class CellValues {

	/** Serial numbers count days from 1899-12-30 (1900 system, after Excel's phantom 1900-02-29) or 1904-01-01. */
	private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
	private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
	/** 9999-12-31, Excel's last date. */
	private static final int MAX_SERIAL = 2_958_465;

	private CellValues() {
	}

	/**
	 * A date from a serial number (numeric cell) or text: 2016-12-31, 2016/12/31, 20161231, 31/12/2016, 31.12.2016,
	 * with or without a time. Null when it is not a date.
	 */
	static LocalDate date(String text, boolean numeric, boolean date1904) {
		// By hand, not by regular expressions: two dates in each of 100 000 rows, and a cold process would
		// otherwise compile the regex engine's matcher first (issue 16).
		String s = text.strip();
		int n = s.length();
		int whole = digitsFrom(s, 0);
		if (numeric && whole >= 1 && whole <= 7
				&& (whole == n || s.charAt(whole) == '.' && whole + 1 < n && digitsFrom(s, whole + 1) == n)) {
			return serial(Integer.parseInt(s, 0, whole, 10), date1904); // the day; a fraction is its time
		}
		if (whole == 8 && n == 8) {
			return ymd(s, 0, 4, 4, 6, 6, 8); // 20161231
		}
		// 2016-12-31, 2016/12/31, 31.12.2016, 31/12/2016, each optionally followed by a time
		if (whole == 0 || !separator(s, whole)) {
			return null;
		}
		int second = digitsFrom(s, whole + 1);
		if (second == whole + 1 || !separator(s, second)) {
			return null;
		}
		int third = digitsFrom(s, second + 1);
		if (third == second + 1 || !timeOrEnd(s, third)) {
			return null;
		}
		int monthDigits = second - whole - 1;
		int lastDigits = third - second - 1;
		if (whole == 4 && monthDigits <= 2 && lastDigits <= 2) {
			return ymd(s, 0, 4, whole + 1, second, second + 1, third);
		}
		if (whole <= 2 && monthDigits <= 2 && lastDigits == 4) {
			return ymd(s, second + 1, third, whole + 1, second, 0, whole);
		}
		return null;
	}

	/** Where the run of ASCII digits starting at {@code from} ends. */
	private static int digitsFrom(String s, int from) {
		int i = from;
		while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
			i++;
		}
		return i;
	}

	private static boolean separator(String s, int at) {
		return at < s.length() && (s.charAt(at) == '-' || s.charAt(at) == '/' || s.charAt(at) == '.');
	}

	/** The end, or a space or "T" and then a time: anything on the same line. */
	private static boolean timeOrEnd(String s, int at) {
		if (at == s.length()) {
			return true;
		}
		if (s.charAt(at) != ' ' && s.charAt(at) != 'T') {
			return false;
		}
		for (int i = at + 1; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
				return false;
			}
		}
		return true;
	}

	static LocalDate serial(int serial, boolean date1904) {
		if (serial < 1 || serial > MAX_SERIAL) {
			return null;
		}
		if (date1904) {
			return EPOCH_1904.plusDays(serial);
		}
		if (serial == 60) {
			return null; // 1900-02-29 never existed
		}
		return serial < 60 ? EPOCH_1900.plusDays(serial + 1L) : EPOCH_1900.plusDays(serial);
	}

	private static LocalDate ymd(String s, int year, int yearEnd, int month, int monthEnd, int day, int dayEnd) {
		try {
			return LocalDate.of(Integer.parseInt(s, year, yearEnd, 10), Integer.parseInt(s, month, monthEnd, 10),
					Integer.parseInt(s, day, dayEnd, 10));
		} catch (DateTimeException e) {
			return null;
		}
	}

	/** A whole number ("1985", "1985.0"), null otherwise. */
	static Integer whole(String text) {
		try {
			BigDecimal value = new BigDecimal(text.strip().replace(',', '.'));
			return value.stripTrailingZeros().scale() <= 0 && value.abs().compareTo(BigDecimal.valueOf(100_000)) < 0
					? value.intValue()
					: null;
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/**
	 * A percentage from "50", "50 %", "50,0%", a percent-formatted cell (which holds the fraction: 1.5 is 150 %), or
	 * a plain numeric cell of 0–1 taken as a fraction. Null when it is not a number.
	 */
	static Integer percent(String text, byte kind) {
		String s = text.strip().replace('\u00a0', ' ');
		boolean sign = s.endsWith("%");
		if (sign) {
			s = s.substring(0, s.length() - 1).strip();
		}
		try {
			BigDecimal value = new BigDecimal(s.replace(',', '.'));
			if (kind == SheetRow.PERCENT) {
				value = value.movePointRight(2); // shown as 150 %, stored as 1.5
			} else if (kind == SheetRow.NUMBER && !sign && value.compareTo(BigDecimal.ONE) <= 0
					&& value.signum() >= 0) {
				value = value.movePointRight(2); // a fraction written without the format: 0.5 is 50 %
			}
			return value.setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
		} catch (NumberFormatException | ArithmeticException e) {
			return null;
		}
	}

	/** Yes/no the ways a sheet says it. Null when it is neither. */
	static Boolean yesNo(String text) {
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
		case "ja", "j", "yes", "y", "x", "1", "sant", "true" -> Boolean.TRUE;
		case "nej", "n", "no", "0", "falskt", "false" -> Boolean.FALSE;
		default -> null;
		};
	}
}
