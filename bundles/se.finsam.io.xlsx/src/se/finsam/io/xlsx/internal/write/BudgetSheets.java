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
		List<TableSheet> sheets = new ArrayList<>();
		for (StatTable table : stats.tables()) {
			if (table.rows().isEmpty()) {
				continue;
			}
			List<Column> columns = new ArrayList<>();
			for (int c = 0; c < table.columns().size(); c++) {
				columns.add(Column.of(table.columns().get(c), kind(table, c)));
			}
			TableSheet sheet = new TableSheet(table.title(), columns);
			for (List<StatTable.Cell> cells : table.rows()) {
				List<Object> row = new ArrayList<>();
				for (StatTable.Cell cell : cells) {
					row.add(cell.suppressed() || cell.value() == null ? cell.text()
							: cell.kind() == StatTable.Kind.PERCENT ? cell.value().movePointLeft(2) : cell.value());
				}
				sheet.row(row);
			}
			sheets.add(sheet);
		}
		return sheets;
	}

	private static Kind kind(StatTable table, int column) {
		for (List<StatTable.Cell> row : table.rows()) {
			StatTable.Cell cell = row.get(column);
			if (cell.value() != null) {
				return switch (cell.kind()) {
				case COUNT -> Kind.COUNT;
				case PERCENT -> Kind.PERCENT;
				case AMOUNT -> Kind.AMOUNT;
				case DECIMAL -> Kind.DECIMAL;
				case TEXT -> Kind.TEXT;
				};
			}
		}
		return Kind.TEXT;
	}
}
