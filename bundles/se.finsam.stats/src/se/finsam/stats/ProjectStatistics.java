package se.finsam.stats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The figures reports use for one project and period, computed from its participants and budget. Shares are
 * percentages of all participants in the period, to one decimal (seed 002: 60,2 % positive). Counts are exact
 * here; what may be shown is decided once for all outputs ({@link #disclosure()}) and applied where they are shown
 * ({@link #tables()}, {@link StatsJson}).
 */
public record ProjectStatistics(String diarienummer, String name, LocalDate from, LocalDate to, StatsQuery query,
		Participants participants, Outcomes outcomes, BigDecimal averageEnrolmentMonths, Dropout dropout,
		Transition support, Transition occupation, YearlyCosts costs, BudgetFollowUp budget, List<Goal> goals,
		List<GenderOutcomes> outcomesByGender, Sectors employerSectors, Disclosure disclosure) {

	/** The outcomes of the women (or the men) alone, their shares of that group. */
	public record GenderOutcomes(String gender, String label, Outcomes outcomes) {
	}

	/**
	 * Where those who left for work in the period are employed, by sector (code list {@code employerSector}), for
	 * those whose sector is recorded.
	 *
	 * @param toWork left in the period with work (with or without support) as their occupation
	 * @param rows one per sector of the code list, shares of the recorded
	 */
	public record Sectors(int toWork, int recorded, List<Count> rows) {
	}

	/** A count with its share of a base, in percent to one decimal (null when the base is zero). */
	public record Count(String key, String label, int count, BigDecimal share) {
	}

	/**
	 * @param total everyone enrolled at some time in the period
	 * @param active still enrolled on its last day
	 * @param finished left during the period
	 * @param withdrawn withdrew their consent: in none of the figures
	 */
	public record Participants(int total, int active, int finished, List<Count> genders, List<Count> ageGroups,
			int withdrawn) {
	}

	/**
	 * @param rows one per exit reason of the code list, in its order, zeros included
	 * @param missingReason left in the period without an exit reason
	 * @param stillActive not (yet) left at the end of the period
	 */
	public record Outcomes(int base, List<Outcome> rows, int missingReason, int stillActive, int positive,
			BigDecimal positiveShare) {
	}

	public record Outcome(String code, String label, boolean positive, int count, BigDecimal share) {
	}

	/**
	 * Dropout computed from the exit reasons, beside what the project reported by hand (either may be null).
	 */
	public record Dropout(int count, BigDecimal share, Integer reportedCount, BigDecimal reportedShare) {

		/**
		 * How many people the project's own figures stand for: its count, else its share of {@code participants};
		 * null when it reported neither. A share is suppressed with this count, or it would tell it.
		 */
		public Integer reportedPersons(int participants) {
			return reportedCount != null ? reportedCount
					: reportedShare == null ? null
							: reportedShare.multiply(BigDecimal.valueOf(participants))
									.divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_UP).intValue();
		}
	}

	/**
	 * Support or occupation at start and at exit of the participants who left in the period.
	 *
	 * @param codeList the code list of the categories
	 * @param categories the categories that occur, in code-list order (unknown last)
	 * @param counts counts[from][to] by index into categories
	 * @param base participants who left with both values known
	 */
	public record Transition(String codeList, List<Category> categories, int[][] counts, int base) {

		public int count(int from, int to) {
			return counts[from][to];
		}
	}

	public record Category(String code, String label) {
	}

	/**
	 * Accumulated cost by year (seed 000): Personal, Lokal, Övrigt and Totalt rows, a total column, and the cost per
	 * participant of each year (participants enrolled at some time in it) and overall.
	 *
	 * @param participantsPerYear those enrolled at some time in each year (the divisors; not shown themselves)
	 */
	public record YearlyCosts(List<Integer> years, List<CostRow> rows, List<BigDecimal> costPerParticipant,
			BigDecimal totalCostPerParticipant, List<Integer> participantsPerYear) {
	}

	public record CostRow(String key, String label, List<BigDecimal> perYear, BigDecimal total) {
	}

	/**
	 * Budget incl. supplements against accumulated cost per line (seed 002), with what remains, and the cost of each
	 * year of the period.
	 */
	public record BudgetFollowUp(List<Integer> years, List<BudgetRow> lines, BudgetRow total) {
	}

	/** @param costPerYear the accumulated cost of each of {@link BudgetFollowUp#years()} */
	public record BudgetRow(String label, String category, BigDecimal budget, BigDecimal accumulatedCost,
			BigDecimal remaining, List<BigDecimal> costPerYear) {
	}

	/** A fastställt mål with its utfall. */
	public record Goal(String description, String outcome, BigDecimal target, BigDecimal result, String unit) {
	}

	/** The same figures with what may be shown decided ({@link Disclosure}). */
	public ProjectStatistics withDisclosure(Disclosure decided) {
		return new ProjectStatistics(diarienummer, name, from, to, query, participants, outcomes,
				averageEnrolmentMonths, dropout, support, occupation, costs, budget, goals, outcomesByGender,
				employerSectors, decided);
	}

	/** The figures as tables ready to show, small counts suppressed as the query says. */
	public List<StatTable> tables() {
		return se.finsam.stats.internal.Tables.of(this);
	}

	/** One of {@link #tables()} by its id (see {@link StatTable} for the ids). */
	public Optional<StatTable> table(String id) {
		return tables().stream().filter(t -> t.id().equals(id)).findFirst();
	}
}
