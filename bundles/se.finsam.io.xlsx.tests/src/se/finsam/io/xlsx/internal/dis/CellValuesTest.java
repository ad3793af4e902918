package se.finsam.io.xlsx.internal.dis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Dates typed the ways people type them; read by hand since issue 16, as the regular expressions before read them. */
public class CellValuesTest {

	@Test
	public void readsEveryWrittenForm() {
		LocalDate nyårsafton = LocalDate.of(2016, 12, 31);
		for (String text : List.of("2016-12-31", "2016/12/31", "2016.12.31", "20161231", "31/12/2016", "31.12.2016",
				"31-12-2016", " 2016-12-31 ", "2016-12-31 14:05", "2016-12-31T14:05:00", "31.12.2016 08.00")) {
			assertEquals(nyårsafton, CellValues.date(text, false, false), text);
		}
		assertEquals(LocalDate.of(2016, 1, 2), CellValues.date("2016-1-2", false, false));
		assertEquals(LocalDate.of(2016, 2, 1), CellValues.date("1/2/2016", false, false));
		assertEquals(nyårsafton, CellValues.date("42735", true, false)); // Excel's serial number
		assertEquals(nyårsafton, CellValues.date("42735.75", true, false)); // and a time of day
		assertEquals(nyårsafton, CellValues.date("20161231", true, false)); // a number that is a compact date
	}

	@Test
	public void refusesWhatIsNoDate() {
		for (String text : List.of("", "2016-13-01", "2016-02-30", "2016-12", "2016--12-31", "12016-12-31",
				"2016-12-311", "31.12.16", "42735", "2016-12-31\n14:05", "2016-12-31x", "١٢٣٤-١٢-٣١", "idag")) {
			assertNull(CellValues.date(text, false, false), text);
		}
		assertNull(CellValues.date("12345678.5", true, false)); // eight digits are no serial
		assertNull(CellValues.date("0", true, false));
		assertNull(CellValues.date("60", true, false)); // 1900-02-29 never existed
	}

	/** Random texts of digits and separators: the same answer as the regular expressions of before issue 16. */
	@Test
	public void answersAsTheRegularExpressionsDid() {
		Random random = new Random(16);
		String alphabet = "0123456789012345678901234567890123456789-/. T:\n\u2028x";
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < 200_000; i++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(14);
			for (int j = 0; j < length; j++) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			texts.add(text.toString());
		}
		for (int year = 1899; year <= 2031; year += 3) {
			for (int month = 0; month <= 13; month++) {
				texts.add(year + "-" + month + "-" + (month * 3 % 32));
				texts.add((month * 3 % 32) + "/" + month + "/" + year);
			}
		}
		int dates = 0;
		for (String text : texts) {
			for (boolean numeric : new boolean[] { false, true }) {
				LocalDate expected = before(text, numeric, false);
				assertEquals(expected, CellValues.date(text, numeric, false), text);
				dates += expected == null ? 0 : 1;
			}
		}
		assertTrue(dates > 10_000, "too few dates among the texts: " + dates);
	}

	private static final Pattern YMD = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[ T].*)?");
	private static final Pattern DMY = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?:[ T].*)?");
	private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
	private static final Pattern SERIAL = Pattern.compile("\\d{1,7}(\\.\\d+)?");

	/** CellValues.date as it was written until issue 16 (git show 5cdeff6). */
	private static LocalDate before(String text, boolean numeric, boolean date1904) {
		String s = text.strip();
		if (numeric && SERIAL.matcher(s).matches()) {
			return CellValues.serial(new BigDecimal(s).intValue(), date1904);
		}
		for (Pattern pattern : List.of(YMD, DMY, COMPACT)) {
			Matcher m = pattern.matcher(s);
			if (m.matches()) {
				try {
					return pattern == DMY
							? LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
									Integer.parseInt(m.group(1)))
							: LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
									Integer.parseInt(m.group(3)));
				} catch (DateTimeException e) {
					return null;
				}
			}
		}
		return null;
	}
}
