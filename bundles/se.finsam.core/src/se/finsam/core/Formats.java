package se.finsam.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * How numbers, amounts, percentages and dates are written: Swedish by default (1 234 567 kr, 60,2 %, 2016-12-31),
 * English when the user's locale is English (1,234,567 kr, 60.2 %). Dates are ISO 8601 in both, as Swedish
 * authorities write them. Parsing accepts what people type: spaces or non-breaking spaces as grouping, comma or
 * point as decimal separator, a trailing "kr" or "%".
 */
public final class Formats {

	/** U+00A0: keeps "1 234 567" on one line. */
	private static final char NBSP = '\u00a0';

	private Formats() {
	}

	private static boolean english() {
		return "en".equals(Locale.getDefault().getLanguage());
	}

	private static DecimalFormat format(String pattern) {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
		symbols.setGroupingSeparator(english() ? ',' : NBSP);
		symbols.setDecimalSeparator(english() ? '.' : ',');
		symbols.setMinusSign('-');
		DecimalFormat format = new DecimalFormat(pattern, symbols);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format;
	}

	/** 1 234 567 (no decimals unless the value has öre: 1 234 567,50). */
	public static String number(BigDecimal value) {
		if (value == null) {
			return "";
		}
		return format(value.stripTrailingZeros().scale() > 0 ? "#,##0.00" : "#,##0").format(value);
	}

	/** 1 234 567 kr. */
	public static String amount(BigDecimal value) {
		return value == null ? "" : number(value) + NBSP + "kr";
	}

	/** Whole kronor, rounded: 1 234 568 kr. */
	public static String wholeKronor(BigDecimal value) {
		return value == null ? "" : format("#,##0").format(value.setScale(0, RoundingMode.HALF_UP)) + NBSP + "kr";
	}

	/** A count: 10 000. */
	public static String count(long value) {
		return format("#,##0").format(value);
	}

	/** 60,2 % (one decimal). */
	public static String percent(BigDecimal percent) {
		return percent == null ? "" : format("0.0").format(percent) + NBSP + "%";
	}

	/** 7,5 (one decimal). */
	public static String decimal(BigDecimal value) {
		return value == null ? "" : format("#,##0.0").format(value);
	}

	/** 2016-12-31. */
	public static String date(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	private static final java.time.format.DateTimeFormatter DATE_TIME = java.time.format.DateTimeFormatter
			.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.systemDefault());

	/** 2016-12-31 14:05, in this computer's time zone. */
	public static String dateTime(java.time.Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant);
	}

	/** Parses a number as typed ("1 234,50", "1234.5", "1 234 kr", "25 %"); null for empty text. */
	public static BigDecimal parseNumber(String text) throws ParseException {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.strip().replace(String.valueOf(NBSP), "").replace(" ", "").replace("\u202f", "");
		t = t.replaceAll("(?i)(kr|sek|%)$", "").strip();
		if (english()) {
			t = t.replace(",", "");
		} else if (t.indexOf(',') >= 0) {
			t = t.replace(".", "").replace(',', '.');
		}
		t = t.replace('\u2212', '-');
		try {
			return new BigDecimal(t);
		} catch (NumberFormatException e) {
			throw new ParseException(text, 0);
		}
	}

	/**
	 * The stored form of a date, 2016-12-31, as LocalDate.parse reads it (the same exception for anything else), but
	 * without DateTimeFormatter's parsing machinery for the usual ten characters: a project's load reads several
	 * dates per participant, in a cold process before the JIT has compiled the formatter (issue 16).
	 */
	public static LocalDate isoDate(String text) {
		if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
			int year = digits(text, 0, 4);
			int month = digits(text, 5, 7);
			int day = digits(text, 8, 10);
			if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= java.time.YearMonth.of(year, month)
					.lengthOfMonth()) {
				return LocalDate.of(year, month, day);
			}
		}
		return LocalDate.parse(text);
	}

	/** The number written by text[from, to), or -1 when a character is not an ASCII digit. */
	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	/** Parses 2016-12-31 (also 20161231 and 161231); null for empty text. */
	public static LocalDate parseDate(String text) throws ParseException {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.strip();
		try {
			if (t.matches("\\d{8}")) {
				t = t.substring(0, 4) + "-" + t.substring(4, 6) + "-" + t.substring(6);
			} else if (t.matches("\\d{6}")) {
				t = "20" + t.substring(0, 2) + "-" + t.substring(2, 4) + "-" + t.substring(4);
			}
			return LocalDate.parse(t);
		} catch (DateTimeParseException e) {
			throw new ParseException(text, 0);
		}
	}
}
