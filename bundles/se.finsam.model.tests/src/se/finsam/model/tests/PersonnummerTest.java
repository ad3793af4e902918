package se.finsam.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

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
}
