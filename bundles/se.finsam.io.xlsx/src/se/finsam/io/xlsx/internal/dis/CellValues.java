package se.finsam.io.xlsx.internal.dis;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.finsam.io.xlsx.internal.read.SheetRow;

/** Turning cell text into dates, years and percentages, the ways people actually type them into Excel. */
final class CellValues {

	/** Serial numbers count days from 1899-12-30 (1900 system, after Excel's phantom 1900-02-29) or 1904-01-01. */
	private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
	private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
	/** 9999-12-31, Excel's last date. */
	private static final int MAX_SERIAL = 2_958_465;
	private static final Pattern YMD = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[ T].*)?");
	private static final Pattern DMY = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?:[ T].*)?");
	private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
	private static final Pattern SERIAL = Pattern.compile("\\d{1,7}(\\.\\d+)?");

	private CellValues() {
	}

	/**
	 * A date from a serial number (numeric cell) or text: 2016-12-31, 2016/12/31, 20161231, 31/12/2016, 31.12.2016,
	 * with or without a time. Null when it is not a date.
	 */
	static LocalDate date(String text, boolean numeric, boolean date1904) {
		String s = text.strip();
		if (numeric && SERIAL.matcher(s).matches()) {
			Matcher compact = COMPACT.matcher(s);
			if (compact.matches()) {
				return ymd(compact.group(1), compact.group(2), compact.group(3));
			}
			return serial(new BigDecimal(s).intValue(), date1904);
		}
		Matcher m = YMD.matcher(s);
		if (m.matches()) {
			return ymd(m.group(1), m.group(2), m.group(3));
		}
		m = DMY.matcher(s);
		if (m.matches()) {
			return ymd(m.group(3), m.group(2), m.group(1));
		}
		m = COMPACT.matcher(s);
		if (m.matches()) {
			return ymd(m.group(1), m.group(2), m.group(3));
		}
		return null;
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

	private static LocalDate ymd(String year, String month, String day) {
		try {
			return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
		} catch (DateTimeException | NumberFormatException e) {
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
