package se.finsam.model.util;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.function.Function;

/** Arithmetic on optional amounts: an amount not filled in counts as zero in sums. Exact (BigDecimal). */
public final class Amounts {

	private Amounts() {
	}

	public static BigDecimal orZero(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}

	public static <T> BigDecimal sum(Collection<T> items, Function<T, BigDecimal> amount) {
		BigDecimal sum = BigDecimal.ZERO;
		for (T item : items) {
			sum = sum.add(orZero(amount.apply(item)));
		}
		return sum;
	}
}
