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
import se.finsam.stats.Disclosure;
import se.finsam.stats.StatsQuery;

/**
 * {@link ProjectStatistics} as tables, every count shown as its {@link Disclosure} decides: "<5" for one to four
 * persons, ".." for a count hidden so that those cannot be worked out, a share hidden with its count and its base.
 */
public final class Tables {

	public static final String SUPPRESSED = "<5";

	private final ProjectStatistics stats;
	private final Disclosure disclosure;
	private boolean anySmall;
	private boolean anyDerived;

	private Tables(ProjectStatistics stats) {
		this.stats = stats;
		this.disclosure = stats.disclosure();
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
		rows.add(List.of(Cell.text(Messages.Participants_total), count(Keys.TOTAL, p.total())));
		rows.add(List.of(Cell.text(Messages.Participants_women), gender(p.genders().get(0))));
		rows.add(List.of(Cell.text(Messages.Participants_men), gender(p.genders().get(1))));
		if (p.genders().get(2).count() > 0) {
			rows.add(List.of(Cell.text(Messages.Participants_unspecified), gender(p.genders().get(2))));
		}
		rows.add(List.of(Cell.text(Messages.Participants_active), count(Keys.ACTIVE, p.active())));
		rows.add(List.of(Cell.text(Messages.Participants_finished), count(Keys.FINISHED, p.finished())));
		rows.add(List.of(Cell.text(Messages.Participants_months), decimal(stats.averageEnrolmentMonths())));
		String note = p.withdrawn() == 0 ? null : NLS.bind(Messages.Participants_withdrawn,
				p.withdrawn() < StatsQuery.SMALLEST_SHOWN && disclosure.isOn() ? SUPPRESSED : Formats.count(p.withdrawn()));
		return table("participants", Messages.Participants_title, List.of(Messages.Column_what, Messages.Column_count),
				rows, false, note);
	}

	private StatTable ages() {
		List<List<Cell>> rows = new ArrayList<>();
		for (Count c : stats.participants().ageGroups()) {
			if (c.count() > 0 || !c.key().equals("unknown")) {
				rows.add(countRow(c.label(), Keys.age(c.key()), c.count(), c.share(), Keys.TOTAL));
			}
		}
		rows.add(totalRow(Keys.TOTAL, stats.participants().total()));
		return table("participants.age", Messages.Age_title,
				List.of(Messages.Age_column, Messages.Column_count, Messages.Column_share), rows, true, null);
	}

	private StatTable outcomes() {
		var o = stats.outcomes();
		List<List<Cell>> rows = new ArrayList<>();
		for (Outcome row : o.rows()) {
			rows.add(countRow(row.label(), Keys.reason(null, row.code()), row.count(), row.share(), Keys.TOTAL));
		}
		if (o.missingReason() > 0) {
			rows.add(countRow(Messages.Outcomes_missing, Keys.MISSING, o.missingReason(),
					Shares.percent(o.missingReason(), o.base()), Keys.TOTAL));
		}
		if (o.stillActive() > 0) {
			rows.add(countRow(Messages.Outcomes_active, Keys.ACTIVE, o.stillActive(),
					Shares.percent(o.stillActive(), o.base()), Keys.TOTAL));
		}
		rows.add(countRow(Messages.Outcomes_positive, Keys.POSITIVE, o.positive(), o.positiveShare(), Keys.TOTAL));
		rows.add(totalRow(Keys.TOTAL, o.base()));
		return table("outcomes", Messages.Outcomes_title,
				List.of(Messages.Outcomes_column, Messages.Column_count, Messages.Column_share), rows, true,
				NLS.bind(Messages.Outcomes_note, number(Keys.TOTAL, o.base())));
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
				row.addAll(countRow("", Keys.reason(g.gender(), o.code()), o.count(), o.share(),
						Keys.gender(g.gender())).subList(1, 3));
			}
			rows.add(row);
		}
		List<Cell> positive = new ArrayList<>(List.of(Cell.text(Messages.Outcomes_positive)));
		List<Cell> total = new ArrayList<>(List.of(Cell.text(Messages.Total)));
		for (GenderOutcomes g : groups) {
			positive.addAll(countRow("", Keys.positive(g.gender()), g.outcomes().positive(),
					g.outcomes().positiveShare(), Keys.gender(g.gender())).subList(1, 3));
			total.addAll(totalRow(Keys.gender(g.gender()), g.outcomes().base()).subList(1, 3));
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
			rows.add(List.of(Cell.text(NLS.bind(Messages.Sectors_none, number(Keys.TO_WORK, s.toWork()))),
					Cell.text(""), Cell.text("")));
			return table("employment.sector", Messages.Sectors_title,
					List.of(Messages.Sectors_column, Messages.Column_count, Messages.Column_share), rows, false, null);
		}
		for (Count c : s.rows()) {
			if (c.count() > 0) {
				rows.add(countRow(c.label(), Keys.sector(c.key()), c.count(), c.share(), Keys.SECTORS_RECORDED));
			}
		}
		rows.add(totalRow(Keys.SECTORS_RECORDED, s.recorded()));
		return table("employment.sector", Messages.Sectors_title,
				List.of(Messages.Sectors_column, Messages.Column_count, Messages.Column_share), rows, true,
				NLS.bind(Messages.Sectors_note, number(Keys.SECTORS_RECORDED, s.recorded()),
						number(Keys.TO_WORK, s.toWork())));
	}

	private StatTable dropout() {
		var d = stats.dropout();
		List<List<Cell>> rows = new ArrayList<>();
		rows.add(countRow(Messages.Dropout_computed, Keys.reason(null, ParticipantFigures.DROPOUT_CODE), d.count(),
				d.share(), Keys.TOTAL));
		if (d.reportedCount() != null || d.reportedShare() != null) {
			// The project's own figures: a share hides with the count it stands for, or it would tell it.
			int persons = d.reportedPersons(stats.participants().total());
			rows.add(List.of(Cell.text(Messages.Dropout_reported),
					d.reportedCount() == null ? Cell.text("") : count(Keys.REPORTED_DROPOUT, persons),
					d.reportedShare() == null ? Cell.text("")
							: share(Keys.REPORTED_DROPOUT, Keys.TOTAL, d.reportedShare())));
		}
		return table("dropout", Messages.Dropout_title,
				List.of(Messages.Column_what, Messages.Column_count, Messages.Column_share), rows, false, null);
	}

	/** From → to as a list of the moves that occurred, largest first: readable where a matrix is not. */
	private StatTable transition(Transition t) {
		boolean support = t.codeList().equals(se.finsam.model.codes.CodeLists.SUPPORT);
		String list = t.codeList();
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
			String key = Keys.move(list, t.categories().get(m[0]).code(), t.categories().get(m[1]).code());
			rows.add(List.of(Cell.text(t.categories().get(m[0]).label()), Cell.text(t.categories().get(m[1]).label()),
					count(key, m[2]), share(key, Keys.base(list), Shares.percent(m[2], t.base()))));
		}
		List<Cell> total = new ArrayList<>(List.of(Cell.text(Messages.Total), Cell.text("")));
		total.addAll(totalRow(Keys.base(list), t.base()).subList(1, 3));
		rows.add(total);
		return table(support ? "support.transition" : "occupation.transition",
				support ? Messages.Transition_support : Messages.Transition_occupation,
				List.of(Messages.Transition_from, Messages.Transition_to, Messages.Column_count, Messages.Column_share), rows,
				true, NLS.bind(Messages.Transition_note, number(Keys.base(list), t.base())));
	}

	/**
	 * The same moves as a compact cross table (seed 003): a row per category at start, a column per category at
	 * exit, the totals of both; only categories that occur.
	 */
	private StatTable matrix(Transition t) {
		boolean support = t.codeList().equals(se.finsam.model.codes.CodeLists.SUPPORT);
		String list = t.codeList();
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
			String fromCode = t.categories().get(i).code();
			for (int k = 0; k < to.size(); k++) {
				int c = t.count(i, to.get(k));
				String key = Keys.move(list, fromCode, t.categories().get(to.get(k)).code());
				row.add(c == 0 && !disclosure.hides(key) ? Cell.text("") : count(key, c));
				columnTotals[k] += c;
				sum += c;
			}
			row.add(count(Keys.from(list, fromCode), sum));
			rows.add(row);
		}
		List<Cell> totals = new ArrayList<>(List.of(Cell.text(Messages.Total)));
		for (int k = 0; k < to.size(); k++) {
			totals.add(count(Keys.to(list, t.categories().get(to.get(k)).code()), columnTotals[k]));
		}
		totals.add(count(Keys.base(list), t.base()));
		rows.add(totals);
		return table(support ? "support.matrix" : "occupation.matrix",
				support ? Messages.Matrix_support : Messages.Matrix_occupation, columns, rows, true,
				NLS.bind(Messages.Transition_note, number(Keys.base(list), t.base())));
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
		// A year's cost per participant tells how many were enrolled that year: hidden with that count.
		List<Cell> perParticipant = new ArrayList<>();
		perParticipant.add(Cell.text(Messages.Costs_perParticipant));
		for (int i = 0; i < c.years().size(); i++) {
			perParticipant.add(hiddenBy(Keys.enrolled(c.years().get(i)), amount(c.costPerParticipant().get(i))));
		}
		perParticipant.add(hiddenBy(Keys.TOTAL, amount(c.totalCostPerParticipant())));
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

	private List<Cell> countRow(String label, String key, int count, BigDecimal share, String base) {
		return List.of(Cell.text(label), count(key, count), share(key, base, share));
	}

	/** "Totalt" with its count and 100 % (hidden with the count). */
	private List<Cell> totalRow(String key, int count) {
		return List.of(Cell.text(Messages.Total), count(key, count), share(key, null, count == 0 ? null : total()));
	}

	private Cell gender(Count g) {
		return count(Keys.gender(g.key()), g.count());
	}

	private StatTable table(String id, String title, List<String> columns, List<List<Cell>> rows, boolean total,
			String note) {
		List<String> notes = new ArrayList<>();
		if (note != null) {
			notes.add(note);
		}
		if (anySmall) {
			notes.add(Messages.Suppressed_note);
		}
		if (anyDerived) {
			notes.add(Messages.Derived_note);
		}
		anySmall = false;
		anyDerived = false;
		return new StatTable(id, title, List.copyOf(columns), List.copyOf(rows), total,
				notes.isEmpty() ? null : String.join(" ", notes));
	}

	private Cell count(String key, long n) {
		Disclosure.Mark mark = disclosure.mark(key);
		if (mark != Disclosure.Mark.SHOWN) {
			return hidden(mark, Kind.COUNT);
		}
		return new Cell(Formats.count(n), BigDecimal.valueOf(n), Kind.COUNT, false);
	}

	/** A share, hidden with its count (marked as the count is) or with its base. */
	private Cell share(String key, String base, BigDecimal share) {
		if (disclosure.hides(key)) {
			return hidden(disclosure.mark(key), Kind.PERCENT);
		}
		if (base != null && disclosure.hides(base)) {
			return hidden(Disclosure.Mark.DERIVED, Kind.PERCENT);
		}
		return percent(share);
	}

	/** A figure that would tell the count {@code key}: hidden when it is. */
	private Cell hiddenBy(String key, Cell cell) {
		return disclosure.hides(key) && cell.value() != null ? hidden(Disclosure.Mark.DERIVED, cell.kind()) : cell;
	}

	private Cell hidden(Disclosure.Mark mark, Kind kind) {
		if (mark == Disclosure.Mark.SMALL) {
			anySmall = true;
			return new Cell(SUPPRESSED, null, kind, true);
		}
		anyDerived = true;
		return new Cell(Disclosure.DERIVED_TEXT, null, kind, true);
	}

	/** A count inside a sentence (a table's note): as the cell would show it. */
	private String number(String key, int n) {
		return count(key, n).text();
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
