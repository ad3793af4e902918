package se.finsam.io.xlsx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import se.finsam.io.xlsx.TableSheet.Column;
import se.finsam.io.xlsx.TableSheet.Kind;
import se.finsam.io.xlsx.internal.Messages;
import se.finsam.io.xlsx.internal.write.BudgetSheets;
import se.finsam.io.xlsx.internal.write.ParticipantSheets;
import se.finsam.io.xlsx.internal.write.SheetWriter;
import se.finsam.model.Project;
import se.finsam.stats.ProjectStatistics;

/**
 * XLSX exports, streamed with SXSSF: styled headings, frozen heading row, autofilter, real number/date/percent
 * formats, column widths and a totals row with formulas. The file is written completely or not at all.
 */
public final class XlsxExport {

	private XlsxExport() {
	}

	/**
	 * A project's participants as a DIS sheet that imports back to the same data. Those who withdrew their
	 * consent are left out.
	 *
	 * @param withPersonnummer include personnummer (only for internal use: exports go to others without it)
	 * @param withPersonalData include the extra attributes the förbund marked personal (likewise)
	 */
	public static void participants(Project project, boolean withPersonnummer, boolean withPersonalData, Path file)
			throws SpreadsheetException {
		participants(project, withPersonnummer, withPersonalData, file, () -> {
		});
	}

	/**
	 * As {@link #participants(Project, boolean, boolean, Path)}, running {@code beforeShown} once the workbook is
	 * complete and before it appears at {@code file}: what it throws is thrown, and no file appears. An export of
	 * personal data is recorded in the audit log there: a failed write records nothing, a failed record leaves no
	 * file.
	 */
	public static void participants(Project project, boolean withPersonnummer, boolean withPersonalData, Path file,
			Runnable beforeShown) throws SpreadsheetException {
		SheetWriter.write(file, List.of(ParticipantSheets.of(project, withPersonnummer, withPersonalData)),
				beforeShown);
	}

	/** A project's budget: one row per line and year, as the budget import reads it. */
	public static void budget(Project project, Path file) throws SpreadsheetException {
		SheetWriter.write(file, List.of(BudgetSheets.of(project)));
	}

	/** Statistics, one table per sheet, small counts suppressed as the statistics were computed. */
	public static void statistics(ProjectStatistics statistics, Path file) throws SpreadsheetException {
		SheetWriter.write(file, BudgetSheets.of(statistics));
	}

	/** An import's problem list: sheet, cell, value, problem. */
	public static void problems(List<CellProblem> problems, Path file) throws SpreadsheetException {
		TableSheet sheet = new TableSheet(Messages.Export_problemsSheet,
				List.of(Column.of(Messages.Export_problemSheet, Kind.TEXT), Column.of(Messages.Export_problemCell, Kind.TEXT),
						Column.of(Messages.Export_problemValue, Kind.TEXT),
						new Column(Messages.Export_problemMessage, Kind.TEXT, TableSheet.Total.NONE, 90)));
		for (CellProblem p : problems) {
			sheet.row(new ArrayList<>(List.of(p.sheet(), p.cell(), p.value() == null ? "" : p.value(), p.message())));
		}
		SheetWriter.write(file, List.of(sheet));
	}

	/** Any tables, one sheet each (a table view's File → Export). */
	public static void tables(List<TableSheet> sheets, Path file) throws SpreadsheetException {
		SheetWriter.write(file, sheets);
	}
}
