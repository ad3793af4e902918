package se.finsam.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table for the terminal: a header, a rule, rows; columns as wide as their widest cell. */
public final class Table {

	private final List<String[]> rows = new ArrayList<>();
	private final boolean[] rightAligned;

	public Table(String... header) {
		rows.add(header);
		rightAligned = new boolean[header.length];
	}

	/** Numbers read better right-aligned. */
	public Table alignRight(int column) {
		rightAligned[column] = true;
		return this;
	}

	public Table row(Object... cells) {
		String[] row = new String[cells.length];
		for (int i = 0; i < cells.length; i++) {
			row[i] = cells[i] == null ? "" : cells[i].toString();
		}
		rows.add(row);
		return this;
	}

	public void print(PrintStream out) {
		int columns = rows.get(0).length;
		int[] widths = new int[columns];
		for (String[] row : rows) {
			for (int i = 0; i < columns; i++) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		}
		for (int r = 0; r < rows.size(); r++) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < columns; i++) {
				String cell = rows.get(r)[i];
				String pad = " ".repeat(widths[i] - cell.length());
				line.append(rightAligned[i] ? pad + cell : cell + (i + 1 < columns ? pad : "")).append(i + 1 < columns ? "  " : "");
			}
			out.println(line.toString().stripTrailing());
			if (r == 0) {
				StringBuilder rule = new StringBuilder();
				for (int i = 0; i < columns; i++) {
					rule.append("-".repeat(widths[i])).append(i + 1 < columns ? "  " : "");
				}
				out.println(rule);
			}
		}
	}
}
