package se.finsam.io.xlsx.internal.read;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.formula.eval.ErrorEval;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * Legacy XLS (BIFF8) through HSSF. An XLS sheet has at most 65 536 rows, so the whole workbook in memory stays
 * small; formulas give their cached results and are never evaluated.
 */
final class XlsReader {

	private XlsReader() {
	}

	static void read(Path file, RowSink sink) throws java.io.IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			if (fs.getRoot().hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY)
					|| fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")) {
				throw new EncryptedDocumentException("password-protected OOXML");
			}
			try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false)) {
				boolean date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
				for (Sheet sheet : workbook) {
					sink.startSheet(sheet.getSheetName(), date1904);
					int count = 0;
					for (Row row : sheet) {
						if (++count % 512 == 0 && sink.cancelled()) {
							throw new CancellationException();
						}
						SheetRow read = row(row);
						if (read != null && !read.isBlank()) {
							sink.row(read);
						}
					}
				}
			}
		}
	}

	private static SheetRow row(Row row) {
		int width = row.getLastCellNum();
		if (width <= 0) {
			return null;
		}
		String[] values = new String[width];
		byte[] kinds = new byte[width];
		for (Cell cell : row) {
			int c = cell.getColumnIndex();
			CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
			switch (type) {
			case STRING -> {
				values[c] = cell.getRichStringCellValue().getString();
				kinds[c] = SheetRow.TEXT;
			}
			case NUMERIC -> {
				values[c] = NumberToTextConverter.toText(cell.getNumericCellValue());
				kinds[c] = WorkbookReader.isPercentFormat(cell.getCellStyle().getDataFormatString()) ? SheetRow.PERCENT
						: SheetRow.NUMBER;
			}
			case BOOLEAN -> {
				values[c] = cell.getBooleanCellValue() ? "Ja" : "Nej";
				kinds[c] = SheetRow.TEXT;
			}
			case ERROR -> {
				values[c] = ErrorEval.getText(cell.getErrorCellValue());
				kinds[c] = SheetRow.ERROR;
			}
			default -> {
				// blank
			}
			}
		}
		return new SheetRow(row.getRowNum() + 1, values, kinds);
	}
}
