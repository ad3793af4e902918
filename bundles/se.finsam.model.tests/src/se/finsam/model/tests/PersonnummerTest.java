package se.finsam.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.finsam.model.personal.InvalidPersonnummerException;
import se.finsam.model.personal.OrganisationNumber;
import se.finsam.model.personal.Personnummer;
import se.finsam.model.personal.Personnummer.Problem;
import se.finsam.testing.Fixtures;

/** Only Skatteverket's published test numbers (19121212-1212, birth numbers 980–999) are used. */
public class PersonnummerTest {

	private static final LocalDate TODAY = Fixtures.TODAY;

	@ParameterizedTest
	@ValueSource(strings = { "19121212-1212", "191212121212", "121212-1212", "1212121212", " 121212-1212 " })
	public void acceptsEveryWrittenForm(String text) throws Exception {
		String normalized = Personnummer.parse(text, TODAY).normalized();
		// ten digits without "+" mean the most recent century: 2012
		assertEquals(text.strip().length() >= 12 ? "19121212-1212" : "20121212-1212", normalized);
	}

	@Test
	public void twelveDigitsKeepTheirCentury() throws Exception {
		assertEquals("19121212-1212", Personnummer.parse("19121212-1212", TODAY).normalized());
		assertEquals(1912, Personnummer.parse("191212121212", TODAY).birthYear());
	}

	@Test
	public void plusMeansAHundredYearsOrMore() throws Exception {
		assertEquals(2012, Personnummer.parse("121212-1212", TODAY).birthYear());
		assertEquals(1912, Personnummer.parse("121212+1212", TODAY).birthYear());
	}

	@Test
	public void samordningsnummerAddsSixtyToTheDay() throws Exception {
		Personnummer pnr = Personnummer.parse("701063-2391", TODAY);
		assertTrue(pnr.isCoordinationNumber());
		assertEquals(LocalDate.of(1970, 10, 3), pnr.birthDate());
	}

	@Test
	public void leapDayOnlyInLeapYears() throws Exception {
		assertEquals(LocalDate.of(2000, 2, 29), Personnummer.parse("20000229-9808", TODAY).birthDate());
		assertEquals(Problem.DATE, problem("20010229-9807"));
	}

	@Test
	public void luhnAloneIsNotEnough() {
		// 000000-0000 passes the Luhn check but is no date.
		assertEquals(Problem.DATE, problem("000000-0000"));
	}

	@Test
	public void reportsWhatIsWrong() {
		assertEquals(Problem.CHECK_DIGIT, problem("19121212-1213"));
		assertEquals(Problem.DATE, problem("19121312-1212"));
		assertEquals(Problem.FORMAT, problem("1212-1212"));
		assertEquals(Problem.FORMAT, problem("abc"));
		assertEquals(Problem.FORMAT, problem(null));
	}

	@Test
	public void neverShowsTheNumber() {
		InvalidPersonnummerException e = assertThrows(InvalidPersonnummerException.class,
				() -> Personnummer.parse("19121212-1213", TODAY));
		assertFalse(e.getMessage().contains("1213"), e.getMessage());
	}

	@Test
	public void masksAllButTheDate() throws Exception {
		Personnummer pnr = Personnummer.parse("191212121212", TODAY);
		assertEquals("19121212-****", pnr.masked());
		assertEquals("19121212-****", pnr.toString());
		assertEquals("121212-****", Personnummer.mask("121212-1212"));
		assertEquals("", Personnummer.mask(null));
	}

	@Test
	public void organisationNumbers() {
		assertTrue(OrganisationNumber.isValid("222000-0968"));
		assertTrue(OrganisationNumber.isValid("2120000142"));
		assertFalse(OrganisationNumber.isValid("222000-0969"));
		assertFalse(OrganisationNumber.isValid("121212-1212")); // a person, not an organisation
	}

	private static Problem problem(String text) {
		return assertThrows(InvalidPersonnummerException.class, () -> Personnummer.parse(text, TODAY)).problem();
	}

	/**
	 * Random texts of digits, dashes, pluses and spaces: the same number or the same problem as the regular
	 * expressions of before issue 16 gave (no real person's number: the texts are random, and most fail Luhn).
	 */
	@Test
	public void answersAsTheRegularExpressionsDid() {
		Random random = new Random(16);
		String alphabet = "01234567890123456789012345678901234567899-+ x";
		int valid = 0;
		for (int i = 0; i < 300_000; i++) {
			StringBuilder text = new StringBuilder();
			if (i % 3 == 0) { // a date, a separator or none, four digits: one in ten passes Luhn
				LocalDate born = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(45_000));
				String date = born.toString().replace("-", "");
				text.append(random.nextBoolean() ? date : date.substring(2)).append("-+ x".charAt(random.nextInt(4)));
				text.append(String.format("%04d", random.nextInt(10_000)));
			} else {
				int length = 9 + random.nextInt(6);
				for (int j = 0; j < length; j++) {
					text.append(alphabet.charAt(random.nextInt(alphabet.length())));
				}
			}
			String expected = before(text.toString());
			String actual;
			try {
				actual = Personnummer.parse(text.toString(), TODAY).normalized();
				valid++;
			} catch (InvalidPersonnummerException e) {
				actual = e.problem().name();
			}
			// compared without showing them: a random text can be someone's number
			assertTrue(expected.equals(actual), "text " + i);
			assertTrue(maskBefore(text.toString()).equals(Personnummer.mask(text.toString())), "mask of text " + i);
		}
		assertTrue(valid > 5_000, "too few valid numbers among the texts: " + valid);
	}

	private static final Pattern SHORT = Pattern.compile("(\\d{6})([-+]?)(\\d{4})");
	private static final Pattern LONG = Pattern.compile("(\\d{8})-?(\\d{4})");

	/** Personnummer.parse as it was written until issue 16 (git show 5cdeff6): the normalized form or the problem. */
	private static String before(String text) {
		String compact = text.strip().replace(" ", "");
		String yyyymmdd;
		String last4;
		Matcher m = LONG.matcher(compact);
		if (m.matches()) {
			yyyymmdd = m.group(1);
			last4 = m.group(2);
		} else if ((m = SHORT.matcher(compact)).matches()) {
			int yy = Integer.parseInt(m.group(1).substring(0, 2));
			int year = TODAY.getYear() - Math.floorMod(TODAY.getYear() - yy, 100) - ("+".equals(m.group(2)) ? 100 : 0);
			yyyymmdd = year / 100 + m.group(1);
			last4 = m.group(3);
		} else {
			return Problem.FORMAT.name();
		}
		int day = Integer.parseInt(yyyymmdd.substring(6, 8));
		try {
			LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)), Integer.parseInt(yyyymmdd.substring(4, 6)),
					day - (day > 60 ? 60 : 0));
		} catch (DateTimeException e) {
			return Problem.DATE.name();
		}
		String ten = yyyymmdd.substring(2) + last4;
		int sum = 0;
		for (int i = 0; i < 10; i++) {
			int digit = (ten.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
			sum += digit > 9 ? digit - 9 : digit;
		}
		return sum % 10 == 0 ? yyyymmdd + "-" + last4 : Problem.CHECK_DIGIT.name();
	}

	private static String maskBefore(String text) {
		if (text.isBlank()) {
			return "";
		}
		String digits = text.replaceAll("[^0-9]", "");
		String date = digits.length() >= 8 && digits.length() != 10 ? digits.substring(0, 8)
				: digits.substring(0, Math.min(6, digits.length()));
		return date + "-****";
	}
}
