package se.finsam.io.xlsx.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

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
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import se.finsam.model.Association;
import se.finsam.model.Project;
import se.finsam.model.demo.DemoData;
import se.finsam.store.Store;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;

/** Real Derby in a temporary directory with the demo association, and workbooks written with POI's usermodel. */
final class Fixture {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
	static final StoreKey KEY = StoreKey.fromText("ett långt och hemligt testlösenord");
	/** The demo's long-term project. */
	static final String DNR = "2014:35";

	private Fixture() {
	}

	static StoreService stores() throws InterruptedException {
		var context = FrameworkUtil.getBundle(Fixture.class).getBundleContext();
		ServiceTracker<StoreService, StoreService> tracker = new ServiceTracker<>(context, StoreService.class, null);
		tracker.open();
		StoreService service = tracker.waitForService(30_000);
		assertNotNull(service, "the store service (DS) did not start");
		return service;
	}

	/** A store holding the demo association (participants codes MB-0001 …). */
	static Store demoStore(Path dir, int participants) throws InterruptedException {
		Store store = stores().open(dir, KEY);
		store.createAssociation(DemoData.create(5, participants, TODAY));
		return store;
	}

	static Association association(Store store) {
		return store.loadAssociation(store.associations().get(0).id());
	}

	static Project project(Store store, String dnr) {
		Project p = association(store).getProjects().stream().filter(x -> x.getDiarienummer().equals(dnr)).findFirst()
				.orElseThrow();
		store.loadContent(p);
		return p;
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
