package se.finsam.io.xlsx.internal.write;

import java.util.ArrayList;
import java.util.List;

import se.finsam.io.xlsx.TableSheet;
import se.finsam.io.xlsx.TableSheet.Column;
import se.finsam.io.xlsx.TableSheet.Kind;
import se.finsam.io.xlsx.TableSheet.Total;
import se.finsam.io.xlsx.internal.Messages;
import se.finsam.model.Budget;
import se.finsam.model.BudgetAmount;
import se.finsam.model.BudgetLine;
import se.finsam.model.Project;
import se.finsam.model.codes.CodeLists;
import se.finsam.stats.ProjectStatistics;
import se.finsam.stats.StatTable;

/**
 * A budget as one row per line and year (what the budget import reads back), and statistics tables one per sheet.
 * Remaining is a formula, never a stored figure, as in the model.
 */
public final class BudgetSheets {

	public static final String CATEGORY = "Kategori";
	public static final String LABEL = "Benämning";
	public static final String YEAR = "År";
	public static final String BUDGET = "Budget inkl. tillägg";
	public static final String REQUISITIONED = "Rekvirerat";
	public static final String ACCUMULATED = "Ackumulerad kostnad";
	public static final String REMAINING = "Återstår";

	private BudgetSheets() {
	}

	public static TableSheet of(Project project) {
		CodeLists codes = CodeLists.defaults();
		List<Column> columns = List.of(Column.of(CATEGORY, Kind.TEXT), Column.of(LABEL, Kind.TEXT),
				Column.of(YEAR, Kind.NUMBER), Column.of(BUDGET, Kind.AMOUNT).total(Total.SUM),
				Column.of(REQUISITIONED, Kind.AMOUNT).total(Total.SUM),
				Column.of(ACCUMULATED, Kind.AMOUNT).total(Total.SUM), Column.of(REMAINING, Kind.AMOUNT).total(Total.SUM));
		TableSheet sheet = new TableSheet(Messages.Export_budgetSheet, columns);
		Budget budget = project.getBudget();
		if (budget != null) {
			for (BudgetLine line : budget.getLines()) {
				String category = codes.find(CodeLists.BUDGET_CATEGORY, line.getCategory()).map(e -> e.getLabelSv())
						.orElse(line.getCategory());
				for (BudgetAmount amount : line.getAmounts()) {
					List<Object> row = new ArrayList<>();
					row.add(category);
					row.add(line.getLabel());
					row.add(amount.getYear());
					row.add(amount.getBudget());
					row.add(amount.getRequisitioned());
					row.add(amount.getAccumulatedCost());
					row.add(amount.remaining());
					sheet.row(row);
				}
			}
		}
		return sheet.totals(Messages.Export_total);
	}

	/** Each table of the statistics on its own sheet, suppressed cells as "<5". */
	public static List<TableSheet> of(ProjectStatistics stats) {
		return stats.tables().stream().filter(t -> !t.rows().isEmpty()).map(TableSheet::of).toList();
	}
}
