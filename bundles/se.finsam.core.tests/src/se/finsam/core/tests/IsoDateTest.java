package se.finsam.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.finsam.core.Formats;

/** Formats.isoDate reads what LocalDate.parse reads, and refuses what it refuses, with the same exception. */
class IsoDateTest {

	@Test
	void readsEveryDayOfALeapAndACommonYearAsLocalDateParseDoes() {
		for (LocalDate d = LocalDate.of(2015, 1, 1); d.isBefore(LocalDate.of(2017, 1, 1)); d = d.plusDays(1)) {
			assertEquals(LocalDate.parse(d.toString()), Formats.isoDate(d.toString()), d.toString());
		}
		assertEquals(LocalDate.of(1, 1, 1), Formats.isoDate("0001-01-01"));
		assertEquals(LocalDate.of(9999, 12, 31), Formats.isoDate("9999-12-31"));
	}

	@Test
	void refusesWhatLocalDateParseRefuses() {
		for (String bad : List.of("2016-02-30", "2015-02-29", "2016-13-01", "2016-00-10", "2016-04-31", "2016-01-00",
				"2016-1-01", "2016/01/01", "2016-01-0a", "２０１６-01-01", "", "2016-01-01T00:00", " 2016-01-01")) {
			assertThrows(DateTimeParseException.class, () -> LocalDate.parse(bad), bad);
			assertThrows(DateTimeParseException.class, () -> Formats.isoDate(bad), bad);
		}
	}

	@Test
	void longerYearsStillGoThroughTheFormatter() {
		assertEquals(LocalDate.parse("+12016-01-01"), Formats.isoDate("+12016-01-01"));
	}
}
