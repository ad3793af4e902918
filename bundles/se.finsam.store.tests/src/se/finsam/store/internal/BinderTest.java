package se.finsam.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The stored text of a date is LocalDate's own, written faster (issue 16). */
public class BinderTest {

	@Test
	public void datesAreWrittenAsLocalDateWritesThem() {
		for (LocalDate date = LocalDate.of(999, 12, 1); date.isBefore(LocalDate.of(1001, 2, 1)); date = date
				.plusDays(1)) {
			assertEquals(date.toString(), Binder.iso(date));
		}
		for (LocalDate date = LocalDate.of(1899, 1, 1); date.isBefore(LocalDate.of(2101, 1, 1)); date = date
				.plusDays(1)) {
			assertEquals(date.toString(), Binder.iso(date));
		}
		for (LocalDate date : new LocalDate[] { LocalDate.of(9999, 12, 31), LocalDate.of(10000, 1, 1),
				LocalDate.of(-1, 1, 1), LocalDate.MIN, LocalDate.MAX }) {
			assertEquals(date.toString(), Binder.iso(date));
		}
	}
}
