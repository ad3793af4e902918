package se.finsam.stats.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which unknowns of a system of linear relations are pinned down by it, in exact arithmetic. A relation is a map
 * from variable to coefficient meaning that the sum of coefficient × value is zero (a total: its parts with +1, the
 * total with −1). Known values only move constants to the right-hand side, so whether an unknown follows depends on
 * the unknowns' coefficients alone: it follows exactly when its unit vector lies in the row space of the relations
 * restricted to the unknowns, which the reduced row echelon form shows (a pivot row with no free variable in it).
 */
public final class LinearAudit {

	private LinearAudit() {
	}

	/** The unknowns whose value can be computed from the relations and every other (known) value. */
	public static Set<String> determined(List<Map<String, Integer>> relations, Set<String> unknown) {
		List<String> columns = new ArrayList<>(unknown);
		Map<String, Integer> index = new LinkedHashMap<>();
		for (int i = 0; i < columns.size(); i++) {
			index.put(columns.get(i), i);
		}
		List<Fraction[]> rows = new ArrayList<>();
		for (Map<String, Integer> relation : relations) {
			Fraction[] row = new Fraction[columns.size()];
			boolean any = false;
			for (Map.Entry<String, Integer> term : relation.entrySet()) {
				Integer c = index.get(term.getKey());
				if (c != null && term.getValue() != 0) {
					row[c] = (row[c] == null ? Fraction.ZERO : row[c]).add(Fraction.of(term.getValue()));
					any = true;
				}
			}
			if (any) {
				rows.add(row);
			}
		}
		int[] pivots = reduce(rows, columns.size());
		Set<String> result = new HashSet<>();
		Set<Integer> pivotColumns = new HashSet<>();
		for (int p : pivots) {
			if (p >= 0) {
				pivotColumns.add(p);
			}
		}
		for (int r = 0; r < pivots.length; r++) {
			int p = pivots[r];
			if (p < 0) {
				continue;
			}
			boolean alone = true;
			Fraction[] row = rows.get(r);
			for (int c = 0; c < columns.size() && alone; c++) {
				alone = c == p || pivotColumns.contains(c) || isZero(row[c]);
			}
			if (alone) {
				result.add(columns.get(p));
			}
		}
		return result;
	}

	/** Reduced row echelon form in place; the pivot column of each row (−1 for a zero row). */
	private static int[] reduce(List<Fraction[]> rows, int width) {
		int[] pivots = new int[rows.size()];
		java.util.Arrays.fill(pivots, -1);
		int r = 0;
		for (int c = 0; c < width && r < rows.size(); c++) {
			int found = -1;
			for (int i = r; i < rows.size(); i++) {
				if (!isZero(rows.get(i)[c])) {
					found = i;
					break;
				}
			}
			if (found < 0) {
				continue;
			}
			Fraction[] pivotRow = rows.get(found);
			rows.set(found, rows.get(r));
			rows.set(r, pivotRow);
			Fraction lead = pivotRow[c];
			for (int k = 0; k < width; k++) {
				if (!isZero(pivotRow[k])) {
					pivotRow[k] = pivotRow[k].divide(lead);
				}
			}
			for (int i = 0; i < rows.size(); i++) {
				Fraction[] other = rows.get(i);
				if (i != r && !isZero(other[c])) {
					Fraction factor = other[c];
					for (int k = 0; k < width; k++) {
						if (!isZero(pivotRow[k])) {
							other[k] = (other[k] == null ? Fraction.ZERO : other[k])
									.subtract(factor.multiply(pivotRow[k]));
						}
					}
				}
			}
			pivots[r] = c;
			r++;
		}
		return pivots;
	}

	private static boolean isZero(Fraction f) {
		return f == null || f.numerator.signum() == 0;
	}

	/** An exact rational number in lowest terms, denominator positive. */
	private record Fraction(BigInteger numerator, BigInteger denominator) {

		static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

		static Fraction of(long n) {
			return new Fraction(BigInteger.valueOf(n), BigInteger.ONE);
		}

		static Fraction normalized(BigInteger n, BigInteger d) {
			if (d.signum() < 0) {
				n = n.negate();
				d = d.negate();
			}
			BigInteger g = n.gcd(d);
			return g.signum() == 0 || g.equals(BigInteger.ONE) ? new Fraction(n, d) : new Fraction(n.divide(g), d.divide(g));
		}

		Fraction add(Fraction o) {
			return normalized(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
					denominator.multiply(o.denominator));
		}

		Fraction subtract(Fraction o) {
			return add(new Fraction(o.numerator.negate(), o.denominator));
		}

		Fraction multiply(Fraction o) {
			return normalized(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
		}

		Fraction divide(Fraction o) {
			return normalized(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
		}
	}
}
