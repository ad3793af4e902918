package se.finsam.stats.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import se.finsam.core.Formats;
import se.finsam.stats.ProjectStatistics;
import se.finsam.stats.ProjectStatistics.BudgetRow;
import se.finsam.stats.ProjectStatistics.Count;
import se.finsam.stats.ProjectStatistics.CostRow;
import se.finsam.stats.ProjectStatistics.GenderOutcomes;
import se.finsam.stats.ProjectStatistics.Outcome;
import se.finsam.stats.ProjectStatistics.Transition;
import se.finsam.stats.StatTable;
import se.finsam.stats.StatTable.Cell;
import se.finsam.stats.StatTable.Kind;
import se.finsam.stats.StatsQuery;

/** {@link ProjectStatistics} as tables, with counts of 1 to 4 persons (and their shares) suppressed when asked. */
public final class Tables {

	public static final String SUPPRESSED = "<5";

	private final ProjectStatistics stats;
	private final StatsQuery query;
	private boolean anySuppressed;

	private Tables(ProjectStatistics stats) {
		this.stats = stats;
		this.query = stats.query();
	}

	public static List<StatTable> of(ProjectStatistics stats) {
		Tables t = new Tables(stats);
		return List.of(t.participants(), t.ages(), t.outcomes(), t.outcomesByGender(), t.dropout(),
				t.transition(stats.support()), t.transition(stats.occupation()), t.matrix(stats.support()),
				t.matrix(stats.occupation()), t.sectors(), t.costs(), t.budget(), t.budgetYears(), t.goals());
	}

	private StatTable participants() {
		var p = stats.participants();
		List<List<Cell>> rows = new ArrayList<>();
		rows.add(List.of(Cell.text(Messages.Participants_total), count(p.total())));
		rows.add(List.of(Cell.text(Messages.Participants_women), count(p.genders().get(0).count())));
		rows.add(List.of(Cell.text(Messages.Participants_men), count(p.genders().get(1).count())));
		if (p.genders().get(2).count() > 0) {
			rows.add(List.of(Cell.text(Messages.Participants_unspecified), count(p.genders().get(2).count())));
		}
		rows.add(List.of(Cell.text(Messages.Participants_active), count(p.active())));
		rows.add(List.of(Cell.text(Messages.Participants_finished), count(p.finished())));
		rows.add(List.of(Cell.text(Messages.Participants_months), decimal(stats.averageEnrolmentMonths())));
		return table("participants", Messages.Participants_title, List.of(Messages.Column_what, Messages.Column_count),
				rows, false, null);
	}

	private StatTable ages() {
		List<List<Cell>> rows = new ArrayList<>();
		for (Count c : stats.participants().ageGroups()) {
			if (c.count() > 0 || !c.key().equals("unknown")) {
				rows.add(countRow(c.label(), c.count(), c.share()));
			}
		}
		rows.add(List.of(Cell.text(Messages.Total), count(stats.participants().total()), percent(total())));
		return table("participants.age", Messages.Age_title,
				List.of(Messages.Age_column, Messages.Column_count, Messages.Column_share), rows, true, null);
	}

	private StatTable outcomes() {
		var o = stats.outcomes();
		List<List<Cell>> rows = new ArrayList<>();
		for (Outcome row : o.rows()) {
			rows.add(countRow(row.label(), row.count(), row.share()));
		}
		if (o.missingReason() > 0) {
			rows.add(countRow(Messages.Outcomes_missing, o.missingReason(), Shares.percent(o.missingReason(), o.base())));
		}
		if (o.stillActive() > 0) {
			rows.add(countRow(Messages.Outcomes_active, o.stillActive(), Shares.percent(o.stillActive(), o.base())));
		}
		rows.add(countRow(Messages.Outcomes_positive, o.positive(), o.positiveShare()));
		rows.add(List.of(Cell.text(Messages.Total), count(o.base()), percent(total())));
		return table("outcomes", Messages.Outcomes_title,
				List.of(Messages.Outcomes_column, Messages.Column_count, Messages.Column_share), rows, true,
				NLS.bind(Messages.Outcomes_note, Formats.count(o.base())));
	}

	/** The exit reasons of the women and of the men side by side, each share of its own group. */
	private StatTable outcomesByGender() {
		List<GenderOutcomes> groups = stats.outcomesByGender();
		List<String> columns = new ArrayList<>(List.of(Messages.Outcomes_column));
		groups.forEach(g -> {
			columns.add(g.label());
			columns.add(Messages.Column_share);
		});
		List<List<Cell>> rows = new ArrayList<>();
		int reasons = groups.get(0).outcomes().rows().size();
		for (int r = 0; r < reasons; r++) {
			List<Cell> row = new ArrayList<>(List.of(Cell.text(groups.get(0).outcomes().rows().get(r).label())));
			for (GenderOutcomes g : groups) {
				Outcome o = g.outcomes().rows().get(r);
				row.addAll(countRow("", o.count(), o.share()).subList(1, 3));
			}
			rows.add(row);
		}
		List<Cell> positive = new ArrayList<>(List.of(Cell.text(Messages.Outcomes_positive)));
		List<Cell> total = new ArrayList<>(List.of(Cell.text(Messages.Total)));
		for (GenderOutcomes g : groups) {
			positive.addAll(countRow("", g.outcomes().positive(), g.outcomes().positiveShare()).subList(1, 3));
			total.add(count(g.outcomes().base()));
			total.add(percent(g.outcomes().base() == 0 ? null : total()));
		}
		rows.add(positive);
		rows.add(total);
		return table("outcomes.gender", Messages.OutcomesGender_title, columns, rows, true,
				Messages.OutcomesGender_note);
	}

	/** Where those who went to work are employed, when the sector is recorded (seed 002). */
	private StatTable sectors() {
		var s = stats.employerSectors();
		List<List<Cell>> rows = new ArrayList<>();
		if (s.recorded() == 0) {
			rows.add(List.of(Cell.text(NLS.bind(Messages.Sectors_none, Formats.count(s.toWork()))), Cell.text(""),
					Cell.text("")));
			return table("employment.sector", Messages.Sectors_title,
					List.of(Messages.Sectors_column, Messages.Column_count, Messages.Column_share), rows, false, null);
		}
		for (Count c : s.rows()) {
			if (c.count() > 0) {
				rows.add(countRow(c.label(), c.count(), c.share()));
			}
		}
		rows.add(List.of(Cell.text(Messages.Total), count(s.recorded()), percent(total())));
		return table("employment.sector", Messages.Sectors_title,
				List.of(Messages.Sectors_column, Messages.Column_count, Messages.Column_share), rows, true,
				NLS.bind(Messages.Sectors_note, Formats.count(s.recorded()), Formats.count(s.toWork())));
	}

	private StatTable dropout() {
		var d = stats.dropout();
		List<List<Cell>> rows = new ArrayList<>();
		rows.add(countRow(Messages.Dropout_computed, d.count(), d.share()));
		if (d.reportedCount() != null || d.reportedShare() != null) {
			// The project's own figures: a share hides with the count it stands for, or it would tell it.
			boolean hidden = query.hides(d.reportedPersons(stats.participants().total()));
			anySuppressed |= hidden;
			rows.add(List.of(Cell.text(Messages.Dropout_reported),
					d.reportedCount() == null ? Cell.text("") : count(d.reportedCount()),
					hidden ? new Cell(SUPPRESSED, null, Kind.PERCENT, true) : percent(d.reportedShare())));
		}
		return table("dropout", Messages.Dropout_title,
				List.of(Messages.Column_what, Messages.Column_count, Messages.Column_share), rows, false, null);
	}

	/** From → to as a list of the moves that occurred, largest first: readable where a matrix is not. */
	private StatTable transition(Transition t) {
		boolean support = t.codeList().equals(se.finsam.model.codes.CodeLists.SUPPORT);
		List<int[]> moves = new ArrayList<>();
		for (int from = 0; from < t.categories().size(); from++) {
			for (int to = 0; to < t.categories().size(); to++) {
				if (t.count(from, to) > 0) {
					moves.add(new int[] { from, to, t.count(from, to) });
				}
			}
		}
		moves.sort((a, b) -> b[2] - a[2]);
		List<List<Cell>> rows = new ArrayList<>();
		for (int[] m : moves) {
			boolean hidden = query.hides(m[2]);
			anySuppressed |= hidden;
			rows.add(List.of(Cell.text(t.categories().get(m[0]).label()), Cell.text(t.categories().get(m[1]).label()),
					count(m[2]), hidden ? new Cell(SUPPRESSED, null, Kind.PERCENT, true)
							: percent(Shares.percent(m[2], t.base()))));
		}
		rows.add(List.of(Cell.text(Messages.Total), Cell.text(""), count(t.base()), percent(t.base() == 0 ? null : total())));
		return table(support ? "support.transition" : "occupation.transition",
				support ? Messages.Transition_support : Messages.Transition_occupation,
				List.of(Messages.Transition_from, Messages.Transition_to, Messages.Column_count, Messages.Column_share), rows,
				true, NLS.bind(Messages.Transition_note, Formats.count(t.base())));
	}

	/**
	 * The same moves as a compact cross table (seed 003): a row per category at start, a column per category at
	 * exit, the totals of both; only categories that occur.
	 */
	private StatTable matrix(Transition t) {
		boolean support = t.codeList().equals(se.finsam.model.codes.CodeLists.SUPPORT);
		int n = t.categories().size();
		List<Integer> from = new ArrayList<>();
		List<Integer> to = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			int row = 0;
			int column = 0;
			for (int j = 0; j < n; j++) {
				row += t.count(i, j);
				column += t.count(j, i);
			}
			if (row > 0) {
				from.add(i);
			}
			if (column > 0) {
				to.add(i);
			}
		}
		List<String> columns = new ArrayList<>(List.of(support ? Messages.Matrix_supportCorner
				: Messages.Matrix_occupationCorner));
		to.forEach(j -> columns.add(t.categories().get(j).label()));
		columns.add(Messages.Total);
		List<List<Cell>> rows = new ArrayList<>();
		int[] columnTotals = new int[to.size()];
		for (int i : from) {
			List<Cell> row = new ArrayList<>(List.of(Cell.text(t.categories().get(i).label())));
			int sum = 0;
			for (int k = 0; k < to.size(); k++) {
				int c = t.count(i, to.get(k));
				row.add(c == 0 ? Cell.text("") : count(c));
				columnTotals[k] += c;
				sum += c;
			}
			row.add(count(sum));
			rows.add(row);
		}
		List<Cell> totals = new ArrayList<>(List.of(Cell.text(Messages.Total)));
		for (int c : columnTotals) {
			totals.add(count(c));
		}
		totals.add(count(t.base()));
		rows.add(totals);
		return table(support ? "support.matrix" : "occupation.matrix",
				support ? Messages.Matrix_support : Messages.Matrix_occupation, columns, rows, true,
				NLS.bind(Messages.Transition_note, Formats.count(t.base())));
	}

	private StatTable costs() {
		var c = stats.costs();
		List<String> columns = new ArrayList<>();
		columns.add("");
		c.years().forEach(y -> columns.add(String.valueOf(y)));
		columns.add(Messages.Costs_total);
		List<List<Cell>> rows = new ArrayList<>();
		for (CostRow row : c.rows()) {
			List<Cell> cells = new ArrayList<>();
			cells.add(Cell.text(row.label()));
			row.perYear().forEach(v -> cells.add(amount(v)));
			cells.add(amount(row.total()));
			rows.add(cells);
		}
		List<Cell> perParticipant = new ArrayList<>();
		perParticipant.add(Cell.text(Messages.Costs_perParticipant));
		c.costPerParticipant().forEach(v -> perParticipant.add(amount(v)));
		perParticipant.add(amount(c.totalCostPerParticipant()));
		rows.add(perParticipant);
		return table("costs.yearly", Messages.Costs_title, columns, rows, false, null);
	}

	private StatTable budget() {
		List<List<Cell>> rows = new ArrayList<>();
		for (BudgetRow line : stats.budget().lines()) {
			rows.add(budgetRow(line));
		}
		rows.add(budgetRow(stats.budget().total()));
		return table("budget.lines", Messages.Budget_title, List.of(Messages.Budget_line, Messages.Budget_budget,
				Messages.Budget_cost, Messages.Budget_remaining), rows, true, null);
	}

	/** Budget against accumulated cost per line with the cost of each year (seed 002's table). */
	private StatTable budgetYears() {
		var b = stats.budget();
		List<String> columns = new ArrayList<>(List.of(Messages.Budget_line));
		b.years().forEach(y -> columns.add(NLS.bind(Messages.Budget_costYear, y)));
		columns.addAll(List.of(Messages.Budget_budget, Messages.Budget_cost, Messages.Budget_remaining));
		List<List<Cell>> rows = new ArrayList<>();
		for (BudgetRow line : b.lines()) {
			rows.add(budgetYearRow(line));
		}
		rows.add(budgetYearRow(b.total()));
		return table("budget.years", Messages.Budget_title, columns, rows, true, null);
	}

	private List<Cell> budgetYearRow(BudgetRow row) {
		List<Cell> cells = new ArrayList<>(List.of(Cell.text(row.label())));
		row.costPerYear().forEach(v -> cells.add(amount(v)));
		cells.addAll(List.of(amount(row.budget()), amount(row.accumulatedCost()), amount(row.remaining())));
		return cells;
	}

	private StatTable goals() {
		List<List<Cell>> rows = new ArrayList<>();
		for (var g : stats.goals()) {
			rows.add(List.of(Cell.text(g.description()), Cell.text(g.outcome())));
		}
		return table("goals", Messages.Goals_title, List.of(Messages.Goals_goal, Messages.Goals_outcome), rows, false,
				null);
	}

	private List<Cell> budgetRow(BudgetRow row) {
		return List.of(Cell.text(row.label()), amount(row.budget()), amount(row.accumulatedCost()),
				amount(row.remaining()));
	}

	private List<Cell> countRow(String label, int count, BigDecimal share) {
		boolean hidden = query.hides(count);
		anySuppressed |= hidden;
		return List.of(Cell.text(label), count(count),
				hidden ? new Cell(SUPPRESSED, null, Kind.PERCENT, true) : percent(share));
	}

	private StatTable table(String id, String title, List<String> columns, List<List<Cell>> rows, boolean total,
			String note) {
		String suppressionNote = anySuppressed ? Messages.Suppressed_note : null;
		anySuppressed = false;
		String full = note == null ? suppressionNote : suppressionNote == null ? note : note + " " + suppressionNote;
		return new StatTable(id, title, List.copyOf(columns), List.copyOf(rows), total, full);
	}

	private Cell count(long n) {
		if (query.hides(n)) {
			anySuppressed = true;
			return new Cell(SUPPRESSED, null, Kind.COUNT, true);
		}
		return new Cell(Formats.count(n), BigDecimal.valueOf(n), Kind.COUNT, false);
	}

	private static BigDecimal total() {
		return BigDecimal.valueOf(100).setScale(1);
	}

	private static Cell percent(BigDecimal share) {
		return share == null ? Cell.text("") : new Cell(Formats.percent(share), share, Kind.PERCENT, false);
	}

	private static Cell amount(BigDecimal amount) {
		return amount == null ? Cell.text("") : new Cell(Formats.wholeKronor(amount), amount, Kind.AMOUNT, false);
	}

	private static Cell decimal(BigDecimal value) {
		return value == null ? Cell.text("") : new Cell(Formats.decimal(value), value, Kind.DECIMAL, false);
	}
}
