package se.finsam.reports.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import se.finsam.io.xlsx.SpreadsheetException;
import se.finsam.io.xlsx.TableSheet;
import se.finsam.io.xlsx.TableSheet.Column;
import se.finsam.io.xlsx.TableSheet.Kind;
import se.finsam.io.xlsx.XlsxExport;

/**
 * A report as an Excel workbook that computes: the first sheet holds the report's text in its order (headings in
 * bold), and each table of figures has a sheet of its own, named by its title, with numbers as numbers (kronor and
 * percent as cell formats) under a bold, frozen heading row, as {@code ./finsam export} writes them. Charts stay in
 * the PDF and Word outputs: Excel draws its own from the sheets.
 */
final class XlsxReport {

	private XlsxReport() {
	}

	static void write(List<Block> blocks, Path file) throws SpreadsheetException {
		TableSheet text = new TableSheet(Messages.Xlsx_reportSheet,
				List.of(new Column(Messages.Xlsx_reportColumn, Kind.TEXT, TableSheet.Total.NONE, 100)));
		List<TableSheet> sheets = new ArrayList<>();
		sheets.add(text);
		for (Block block : blocks) {
			switch (block) {
			case Block.Heading h -> text.emphasisedRow(List.of(h.text() == null ? "" : h.text()));
			case Block.Paragraph p -> lines(text, p.text());
			case Block.Note n -> lines(text, n.text());
			case Block.Draft d -> text.emphasisedRow(List.of(d.text()));
			case Block.Internal i -> text.emphasisedRow(List.of(i.text()));
			case Block.Table t -> {
				TableSheet sheet = TableSheet.of(t.table());
				sheets.add(sheet);
				List<String> names = TableSheet.sheetNames(sheets.stream().map(TableSheet::name).toList());
				text.row(List.of(NLS.bind(Messages.Xlsx_seeSheet, names.get(names.size() - 1))));
			}
			case Block.Chart c -> text.row(List.of(NLS.bind(Messages.Xlsx_chart, c.title())));
			case Block.Facts f -> f.rows().forEach(r -> text.row(List.of(r[0] + ": " + r[1])));
			case Block.Checks c -> {
				for (int i = 0; i < c.statements().size(); i++) {
					Boolean a = c.answers().get(i);
					text.row(List.of(c.statements().get(i) + ": " + (a == null ? "–" : a ? c.yes() : c.no())));
				}
			}
			}
		}
		XlsxExport.tables(sheets, file);
	}

	private static void lines(TableSheet sheet, String text) {
		for (String line : (text == null ? "" : text).split("\\R")) {
			sheet.row(List.of(line));
		}
	}
}
