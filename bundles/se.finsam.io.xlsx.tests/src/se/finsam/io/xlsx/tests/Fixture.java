package se.finsam.io.xlsx.tests;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** Workbooks written with POI's usermodel, as Excel users make them. */
final class Fixture {

	private Fixture() {
	}

	/**
	 * Writes rows into a new sheet: String, Number, LocalDate (a real date cell), "=formula" (evaluated so that the
	 * file holds its cached value, as Excel saves it) or null for an empty cell.
	 */
	static Sheet sheet(Workbook workbook, String name, List<List<Object>> rows) {
		Sheet sheet = workbook.createSheet(name);
		CellStyle date = workbook.createCellStyle();
		date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
		var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
		for (int r = 0; r < rows.size(); r++) {
			List<Object> values = rows.get(r);
			if (values == null) {
				continue;
			}
			Row row = sheet.createRow(r);
			for (int c = 0; c < values.size(); c++) {
				Object v = values.get(c);
				if (v == null) {
					continue;
				}
				Cell cell = row.createCell(c);
				if (v instanceof LocalDate d) {
					cell.setCellValue(d);
					cell.setCellStyle(date);
				} else if (v instanceof Number n) {
					cell.setCellValue(n.doubleValue());
				} else if (v instanceof String s && s.startsWith("=")) {
					cell.setCellFormula(s.substring(1));
					evaluator.evaluateFormulaCell(cell);
				} else {
					cell.setCellValue(v.toString());
				}
			}
		}
		return sheet;
	}

	static Path save(Workbook workbook, Path file) throws Exception {
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
		workbook.close();
		return file;
	}
}
