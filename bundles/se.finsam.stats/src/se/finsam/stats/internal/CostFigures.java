package se.finsam.stats.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;

import se.finsam.model.Budget;
import se.finsam.model.BudgetAmount;
import se.finsam.model.BudgetLine;
import se.finsam.model.codes.CodeLists;
import se.finsam.stats.ProjectStatistics.BudgetFollowUp;
import se.finsam.stats.ProjectStatistics.BudgetRow;
import se.finsam.stats.ProjectStatistics.CostRow;
import se.finsam.stats.ProjectStatistics.YearlyCosts;

/** The money side: what each year cost (seed 000) and budget against accumulated cost per line (seed 002). */
public final class CostFigures {

	/** Seed 000's rows; every other budget category is Övrigt. */
	static final List<String> COST_ROWS = List.of("PERSONAL", "LOKAL", "OVRIGT");

	private final List<BudgetLine> lines;
	private final List<Integer> years;
	private final CodeLists codes;

	public CostFigures(Budget budget, LocalDate from, LocalDate to, CodeLists codes) {
		this.lines = budget == null ? List.of() : budget.getLines();
		this.codes = codes;
		TreeSet<Integer> found = new TreeSet<>();
		for (BudgetLine line : lines) {
			for (BudgetAmount amount : line.getAmounts()) {
				if ((from == null || amount.getYear() >= from.getYear()) && (to == null || amount.getYear() <= to.getYear())) {
					found.add(amount.getYear());
				}
			}
		}
		this.years = List.copyOf(found);
	}

	/**
	 * @param participantsInYear how many were enrolled at some time in a year
	 * @param participants everyone in the period (the divisor of the total column)
	 */
	public YearlyCosts yearly(IntUnaryOperator participantsInYear, int participants) {
		List<CostRow> rows = new ArrayList<>();
		BigDecimal[] totals = zeros(years.size());
		for (String row : COST_ROWS) {
			BigDecimal[] perYear = zeros(years.size());
			for (BudgetLine line : lines) {
				if (row.equals(costRow(line.getCategory()))) {
					add(perYear, line, BudgetAmount::getAccumulatedCost);
				}
			}
			for (int i = 0; i < perYear.length; i++) {
				totals[i] = totals[i].add(perYear[i]);
			}
			rows.add(new CostRow(row, codes.label(CodeLists.BUDGET_CATEGORY, row), List.of(perYear), sum(perYear)));
		}
		rows.add(new CostRow("TOTAL", Labels.total(), List.of(totals), sum(totals)));
		List<BigDecimal> perParticipant = new ArrayList<>();
		List<Integer> enrolled = new ArrayList<>();
		for (int i = 0; i < years.size(); i++) {
			enrolled.add(participantsInYear.applyAsInt(years.get(i)));
			perParticipant.add(divide(totals[i], enrolled.get(i)));
		}
		return new YearlyCosts(years, rows, perParticipant, divide(sum(totals), participants), enrolled);
	}

	public BudgetFollowUp followUp() {
		List<BudgetRow> rows = new ArrayList<>();
		BigDecimal budget = BigDecimal.ZERO;
		BigDecimal cost = BigDecimal.ZERO;
		BigDecimal[] costs = zeros(years.size());
		for (BudgetLine line : lines) {
			BigDecimal b = sum(line, BudgetAmount::getBudget);
			BigDecimal[] perYear = zeros(years.size());
			add(perYear, line, BudgetAmount::getAccumulatedCost);
			BigDecimal c = sum(perYear);
			String label = line.getLabel() != null && !line.getLabel().isBlank() ? line.getLabel()
					: codes.label(CodeLists.BUDGET_CATEGORY, line.getCategory());
			rows.add(new BudgetRow(label, line.getCategory(), b, c, b.subtract(c), List.of(perYear)));
			budget = budget.add(b);
			cost = cost.add(c);
			for (int i = 0; i < perYear.length; i++) {
				costs[i] = costs[i].add(perYear[i]);
			}
		}
		return new BudgetFollowUp(years, rows,
				new BudgetRow(Labels.totalCosts(), null, budget, cost, budget.subtract(cost), List.of(costs)));
	}

	private static String costRow(String category) {
		return COST_ROWS.contains(category) ? category : "OVRIGT";
	}

	private void add(BigDecimal[] perYear, BudgetLine line, java.util.function.Function<BudgetAmount, BigDecimal> value) {
		for (BudgetAmount amount : line.getAmounts()) {
			int i = years.indexOf(amount.getYear());
			BigDecimal v = value.apply(amount);
			if (i >= 0 && v != null) {
				perYear[i] = perYear[i].add(v);
			}
		}
	}

	private BigDecimal sum(BudgetLine line, java.util.function.Function<BudgetAmount, BigDecimal> value) {
		BigDecimal[] perYear = zeros(years.size());
		add(perYear, line, value);
		return sum(perYear);
	}

	private static BigDecimal[] zeros(int n) {
		BigDecimal[] a = new BigDecimal[n];
		java.util.Arrays.fill(a, BigDecimal.ZERO);
		return a;
	}

	private static BigDecimal sum(BigDecimal[] values) {
		BigDecimal s = BigDecimal.ZERO;
		for (BigDecimal v : values) {
			s = s.add(v);
		}
		return s;
	}

	/** Whole kronor; null when nobody took part. */
	private static BigDecimal divide(BigDecimal amount, int participants) {
		return participants == 0 ? null : amount.divide(BigDecimal.valueOf(participants), 0, RoundingMode.HALF_UP);
	}
}
