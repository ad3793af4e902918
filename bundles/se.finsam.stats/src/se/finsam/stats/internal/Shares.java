package se.finsam.stats.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percent of a base to one decimal, rounded half up as people do (62 of 103 is 60,2 %). */
public final class Shares {

	private Shares() {
	}

	public static BigDecimal percent(long count, long base) {
		if (base <= 0) {
			return null;
		}
		return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP);
	}
}
