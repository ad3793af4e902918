package se.finsam.io.xlsx.internal.dis;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import se.finsam.core.Formats;
import se.finsam.io.xlsx.CellProblem;
import se.finsam.io.xlsx.ImportOptions;
import se.finsam.io.xlsx.SpreadsheetException;
import se.finsam.io.xlsx.internal.Messages;
import se.finsam.io.xlsx.internal.read.RowSink;
import se.finsam.io.xlsx.internal.read.SheetRow;
import se.finsam.io.xlsx.internal.read.WorkbookReader;
import se.finsam.io.xlsx.internal.write.BudgetSheets;
import se.finsam.model.BudgetAmount;
import se.finsam.model.BudgetLine;
import se.finsam.model.FinsamFactory;
import se.finsam.model.codes.CodeLists;

/**
 * Reads a budget sheet (one row per line and year: Kategori, Benämning, År, Budget inkl. tillägg, Rekvirerat,
 * Ackumulerad kostnad — as our export writes it) into budget lines, with a problem for every cell that is wrong.
 */
public final class BudgetReader implements RowSink {

	private static final String[] HEADINGS = { BudgetSheets.CATEGORY, BudgetSheets.LABEL, BudgetSheets.YEAR,
			BudgetSheets.BUDGET, BudgetSheets.REQUISITIONED, BudgetSheets.ACCUMULATED };

	public final List<CellProblem> problems = new ArrayList<>();
	private final Map<String, BudgetLine> lines = new LinkedHashMap<>();
	private final CodeLists codes = CodeLists.defaults();
	private String sheet;
	private int[] index;
	private boolean done;

	/** The lines read, in their order; check {@link #problems} first. */
	public List<BudgetLine> lines() {
		return List.copyOf(lines.values());
	}

	public static BudgetReader read(Path file) throws SpreadsheetException {
		BudgetReader reader = new BudgetReader();
		WorkbookReader.read(file, reader);
		if (reader.index == null) {
			throw new SpreadsheetException(NLS.bind(Messages.Budget_noHeader, file.getFileName()));
		}
		return reader;
	}

	@Override
	public void startSheet(String name, boolean date1904) {
		done |= index != null; // the first sheet with budget headings is the budget
		sheet = name;
	}

	@Override
	public void row(SheetRow row) {
		if (done) {
			return;
		}
		if (index == null || sheet == null) {
			header(row);
			return;
		}
		String category = row.text(index[0]);
		if (category.equalsIgnoreCase(Messages.Export_total) || category.equalsIgnoreCase("Totalt")) {
			return;
		}
		String code = codes.match(CodeLists.BUDGET_CATEGORY, category).map(e -> e.getCode()).orElse(null);
		if (code == null) {
			problem(row, 0, category, NLS.bind(Messages.Dis_unknownCode, String.join("; ",
					codes.entries(CodeLists.BUDGET_CATEGORY).stream().map(CodeLists::label).toList())));
		}
		String label = index[1] < 0 ? "" : row.text(index[1]);
		Integer year = CellValues.whole(row.text(index[2]));
		if (year == null || year < 1990 || year > 2100) {
			problem(row, 2, row.text(index[2]), NLS.bind(Messages.Dis_year, 2100));
		}
		BigDecimal[] amounts = new BigDecimal[3];
		for (int i = 0; i < 3; i++) {
			amounts[i] = amount(row, 3 + i);
		}
		if (code == null || year == null) {
			return;
		}
		BudgetLine line = lines.computeIfAbsent(code + "\u0000" + label, k -> {
			BudgetLine l = FinsamFactory.eINSTANCE.createBudgetLine();
			l.setCategory(code);
			l.setLabel(label.isEmpty() ? null : label);
			return l;
		});
		if (line.getAmounts().stream().anyMatch(a -> a.getYear() == year)) {
			problem(row, 2, String.valueOf(year), Messages.Budget_duplicateYear);
			return;
		}
		BudgetAmount amount = FinsamFactory.eINSTANCE.createBudgetAmount();
		amount.setYear(year);
		amount.setBudget(amounts[0]);
		amount.setRequisitioned(amounts[1]);
		amount.setAccumulatedCost(amounts[2]);
		line.getAmounts().add(amount);
	}

	private BigDecimal amount(SheetRow row, int heading) {
		int column = index[heading];
		String text = column < 0 ? "" : row.text(column);
		if (text.isEmpty()) {
			return null;
		}
		try {
			BigDecimal value = row.kind(column) == SheetRow.NUMBER ? row.number(column)
					: Formats.parseNumber(text.replace("kr", "").strip());
			if (value.signum() < 0) {
				problem(row, heading, text, Messages.Budget_negative);
			}
			return value;
		} catch (ParseException | NumberFormatException e) {
			problem(row, heading, text, Messages.Budget_notAmount);
			return null;
		}
	}

	private void header(SheetRow row) {
		int[] found = new int[HEADINGS.length];
		java.util.Arrays.fill(found, -1);
		for (int c = 0; c < row.size(); c++) {
			String text = ImportOptions.normalize(row.text(c));
			for (int h = 0; h < HEADINGS.length; h++) {
				String wanted = ImportOptions.normalize(HEADINGS[h]);
				if (found[h] < 0 && (text.equals(wanted) || (h == 3 && text.equals("budget")))) {
					found[h] = c;
				}
			}
		}
		if (found[0] >= 0 && found[2] >= 0) {
			index = found;
		}
	}

	private void problem(SheetRow row, int heading, String value, String message) {
		int column = Math.max(index[heading], 0);
		problems.add(new CellProblem(sheet, CellProblem.columnName(column) + row.number(), value, message, row.number()));
	}
}
