package se.finsam.stats;

import java.time.LocalDate;

/**
 * What to compute: a period (either end open) and whether counts under five are suppressed, as every output meant
 * for others must be. Only an internal report may turn suppression off.
 *
 * @param from first day of the period, or null for the project's start
 * @param to last day of the period, or null for today
 */
public record StatsQuery(LocalDate from, LocalDate to, boolean suppressSmallCounts) {

	/** The smallest count shown as it is; 1 to 4 persons are shown as "<5". */
	public static final int SMALLEST_SHOWN = 5;

	public StatsQuery {
		if (from != null && to != null && to.isBefore(from)) {
			throw new IllegalArgumentException(from + " > " + to);
		}
	}

	/** The whole life of the project, suppressed. */
	public static StatsQuery all() {
		return new StatsQuery(null, null, true);
	}

	/** Whether this count may not be shown to others. */
	public boolean hides(long count) {
		return suppressSmallCounts && count > 0 && count < SMALLEST_SHOWN;
	}
}
