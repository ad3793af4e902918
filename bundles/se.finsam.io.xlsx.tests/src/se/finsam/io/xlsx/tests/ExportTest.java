package se.finsam.io.xlsx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import se.finsam.testing.Fixtures;
import se.finsam.io.xlsx.BudgetImport;
import se.finsam.io.xlsx.CellProblem;
import se.finsam.io.xlsx.DisImport;
import se.finsam.io.xlsx.ImportOptions;
import se.finsam.io.xlsx.ImportPreview;
import se.finsam.io.xlsx.ImportPreview.RowStatus;
import se.finsam.io.xlsx.ImportProgress;
import se.finsam.io.xlsx.XlsxExport;
import se.finsam.model.BudgetAmount;
import se.finsam.model.BudgetLine;
import se.finsam.model.Participant;
import se.finsam.model.Project;
import se.finsam.stats.Statistics;
import se.finsam.stats.StatsQuery;

/** Exports read back with POI's usermodel, and the round trips: DIS export → import, budget export → import. */
public class ExportTest extends StoreTestCase {

	@Override
	int participants() {
		return 300;
	}

	@Test
	public void participantsExportIsStyledAndImportsBackToTheSameData() throws Exception {
		Project project = Fixtures.project(store, Fixtures.DNR);
		Path file = dir.resolve("deltagare.xlsx");
		XlsxExport.participants(project, true, true, file);
		try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
			XSSFSheet sheet = wb.getSheetAt(0);
			assertEquals("Deltagare", sheet.getSheetName());
			assertEquals("Deltagar-ID", sheet.getRow(0).getCell(0).getStringCellValue());
			assertTrue(wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
			assertNotNull(sheet.getPaneInformation(), "frozen heading row");
			assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
			assertNotNull(sheet.getCTWorksheet().getAutoFilter(), "autofilter");
			int enrolment = column(sheet, "Inskrivningsdatum");
			XSSFCell date = sheet.getRow(1).getCell(enrolment);
			assertEquals("yyyy-mm-dd", date.getCellStyle().getDataFormatString());
			assertEquals(project.getParticipants().get(0).getEnrolmentDate(), date.getLocalDateTimeCellValue().toLocalDate());
			XSSFCell total = sheet.getRow(project.getParticipants().size() + 1).getCell(0);
			assertEquals("Totalt", total.getStringCellValue());
			XSSFCell count = sheet.getRow(project.getParticipants().size() + 1).getCell(column(sheet, "Insats"));
			assertTrue(count.getCellFormula().startsWith("SUBTOTAL(103,"));
			assertEquals(project.getParticipants().size(), count.getNumericCellValue(), 0.0,
					"the count is there for readers that do not recalculate");
			assertTrue(sheet.getColumnWidth(column(sheet, "Avslutsorsak")) > 20 * 256, "wide enough for its labels");
		}

		// The same data: every row is unchanged against the store it came from …
		ImportPreview same = DisImport.analyse(file, store, association,
				new ImportOptions(null, false, false, Map.of(), Fixtures.TODAY), ImportProgress.NONE);
		assertEquals(List.of(), same.problems());
		assertEquals(project.getParticipants().size(), same.counts().get(RowStatus.UNCHANGED), same.counts().toString());

		// … and imported where they are missing they come back field for field.
		List<Participant> originals = project.getParticipants().stream().map(EcoreUtil::copy).toList();
		project.getParticipants().clear();
		store.saveProject(project);
		ImportPreview fresh = DisImport.analyse(file, store, association,
				new ImportOptions(null, false, false, Map.of(), Fixtures.TODAY), ImportProgress.NONE);
		assertEquals(originals.size(), fresh.counts().get(RowStatus.NEW));
		assertTrue(DisImport.store(fresh, store).stored());
		List<Participant> back = Fixtures.project(store, Fixtures.DNR).getParticipants();
		assertEquals(originals.size(), back.size());
		for (int i = 0; i < originals.size(); i++) {
			assertEquals(disFields(originals.get(i)), disFields(back.get(i)), originals.get(i).getCode());
		}
	}

	@Test
	public void exportsForOthersLeaveThePersonnummerOut() throws Exception {
		Project project = Fixtures.project(store, Fixtures.DNR);
		Participant p = project.getParticipants().get(0);
		p.setPersonalIdentityNumber("19850314-1239");
		p.setBirthYear(1985);
		store.saveProject(project);
		se.finsam.model.Association a = (se.finsam.model.Association) project.eContainer();
		var name = se.finsam.model.FinsamFactory.eINSTANCE.createAttributeDefinition();
		name.setName("Namn");
		name.setPersonal(true);
		a.getAttributeDefinitions().add(name);
		store.saveAssociation(a);
		p.getExtraAttributes().put("Namn", "Zelda Qwertyson");
		Participant withdrawn = project.getParticipants().get(1);
		withdrawn.setConsentWithdrawn(Fixtures.TODAY);
		store.saveProject(project);
		Path file = dir.resolve("till-andra.xlsx");
		XlsxExport.participants(project, false, false, file);
		try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
			assertEquals(-1, column(wb.getSheetAt(0), "Personnummer"));
			assertEquals(-1, column(wb.getSheetAt(0), "Namn"), "a personal attribute stays home");
			assertEquals(project.getParticipants().size() - 1 + 2, wb.getSheetAt(0).getPhysicalNumberOfRows(),
					"heading, every participant but the one who withdrew her consent, totals");
		}
		String xml = allParts(file); // the parts as written, not the compressed file
		assertTrue(xml.contains(p.getCode()), "the participant is there");
		assertFalse(xml.contains("19850314-1239") || xml.contains("Qwertyson"));
		assertFalse(xml.contains(">" + withdrawn.getCode() + "<"), "withdrawn consent: not exported");
		Path internal = dir.resolve("internt.xlsx");
		XlsxExport.participants(project, true, true, internal);
		try (XSSFWorkbook wb = new XSSFWorkbook(internal.toFile())) {
			assertTrue(column(wb.getSheetAt(0), "Namn") >= 0, "asked for: included");
		}
	}

	/**
	 * What runs before the workbook appears (the audit log's entry for personal data) sees it complete beside its
	 * name and not yet at it; when it throws, that is thrown as it is and no file is left, not even the part.
	 */
	@Test
	public void aRefusalBeforeTheFileAppearsLeavesNoFile() throws Exception {
		Project project = Fixtures.project(store, Fixtures.DNR);
		Path file = dir.resolve("deltagare-internt.xlsx");
		Path part = dir.resolve("deltagare-internt.xlsx.part");
		long[] partSize = { -1 };
		XlsxExport.participants(project, true, false, file, () -> {
			assertFalse(Files.exists(file), "not at its name yet");
			partSize[0] = uncheckedSize(part);
		});
		assertTrue(partSize[0] > 0 && partSize[0] == Files.size(file), "complete before it was shown");

		Path refused = dir.resolve("vägrad.xlsx");
		IllegalStateException notRecorded = new IllegalStateException("loggen kunde inte skrivas");
		IllegalStateException thrown = assertThrows(IllegalStateException.class,
				() -> XlsxExport.participants(project, true, false, refused, () -> {
					throw notRecorded;
				}));
		assertSame(notRecorded, thrown);
		assertFalse(Files.exists(refused));
		assertFalse(Files.exists(dir.resolve("vägrad.xlsx.part")));
	}

	private static long uncheckedSize(Path file) {
		try {
			return Files.size(file);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@Test
	public void budgetExportsWithTotalsAndImportsBack() throws Exception {
		Project project = Fixtures.project(store, Fixtures.DNR);
		Path file = dir.resolve("budget.xlsx");
		XlsxExport.budget(project, file);
		int amounts = project.getBudget().getLines().stream().mapToInt(l -> l.getAmounts().size()).sum();
		try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
			Sheet sheet = wb.getSheetAt(0);
			assertEquals("Budget", sheet.getSheetName());
			assertEquals("SUBTOTAL(109,D2:D" + (amounts + 1) + ")", sheet.getRow(amounts + 1).getCell(3).getCellFormula());
			double sum = 0;
			for (int r = 1; r <= amounts; r++) {
				sum += sheet.getRow(r).getCell(3) == null ? 0 : sheet.getRow(r).getCell(3).getNumericCellValue();
			}
			assertTrue(sum > 0);
			assertEquals(sum, sheet.getRow(amounts + 1).getCell(3).getNumericCellValue(), 0.005, "the sum, precomputed");
			assertTrue(sheet.getRow(1).getCell(3).getCellStyle().getDataFormatString().contains("kr"));
		}
		List<BudgetLine> before = project.getBudget().getLines().stream().map(EcoreUtil::copy).toList();
		BudgetImport.Result result = BudgetImport.read(file, project, store);
		assertTrue(result.stored(), result.toString());
		List<BudgetLine> after = Fixtures.project(store, Fixtures.DNR).getBudget().getLines();
		assertEquals(before.size(), after.size());
		for (int i = 0; i < before.size(); i++) {
			assertEquals(before.get(i).getCategory(), after.get(i).getCategory());
			assertEquals(before.get(i).getLabel(), after.get(i).getLabel());
			for (int y = 0; y < before.get(i).getAmounts().size(); y++) {
				BudgetAmount a = before.get(i).getAmounts().get(y);
				BudgetAmount b = after.get(i).getAmounts().get(y);
				assertEquals(a.getYear(), b.getYear());
				assertEquals(0, compare(a.getBudget(), b.getBudget()));
				assertEquals(0, compare(a.getAccumulatedCost(), b.getAccumulatedCost()));
			}
		}
	}

	@Test
	public void aBadBudgetSheetChangesNothing() throws Exception {
		XSSFWorkbook wb = new XSSFWorkbook();
		Fixture.sheet(wb, "Budget", List.of(List.of("Kategori", "Benämning", "År", "Budget inkl. tillägg", "Rekvirerat",
				"Ackumulerad kostnad"), List.of("Personal", "Koordinator", 2024, 500000, 250000, 240000),
				List.of("Godis", "", 2024, 1000, 0, 0), List.of("Lokal", "", "tjugo", "mycket", 0, 0)));
		Project project = Fixtures.project(store, Fixtures.DNR);
		int lines = project.getBudget().getLines().size();
		BudgetImport.Result result = BudgetImport.read(Fixture.save(wb, dir.resolve("budget-fel.xlsx")), project, store);
		assertFalse(result.stored());
		assertEquals(List.of("Budget!A3", "Budget!C4", "Budget!D4"),
				result.problems().stream().map(CellProblem::reference).toList());
		assertEquals(lines, Fixtures.project(store, Fixtures.DNR).getBudget().getLines().size());
	}

	@Test
	public void statisticsAndProblemListsExport() throws Exception {
		Project project = Fixtures.project(store, Fixtures.DNR);
		Path stats = dir.resolve("statistik.xlsx");
		XlsxExport.statistics(Statistics.compute(project, new StatsQuery(null, null, true)), stats);
		try (XSSFWorkbook wb = new XSSFWorkbook(stats.toFile())) {
			assertTrue(wb.getNumberOfSheets() >= 3, "one sheet per table");
		}
		Path problems = dir.resolve("problem.xlsx");
		XlsxExport.problems(List.of(new CellProblem("Deltagare", "F17", "2024-13-01", "inte ett datum", 17)), problems);
		try (XSSFWorkbook wb = new XSSFWorkbook(problems.toFile())) {
			assertEquals("F17", wb.getSheetAt(0).getRow(1).getCell(1).getStringCellValue());
			assertEquals("inte ett datum", wb.getSheetAt(0).getRow(1).getCell(3).getStringCellValue());
		}
	}

	private static int compare(BigDecimal a, BigDecimal b) {
		return a == null || b == null ? (a == b ? 0 : 1) : a.compareTo(b);
	}

	private static int column(Sheet sheet, String heading) {
		for (var cell : sheet.getRow(0)) {
			if (cell.getStringCellValue().equals(heading)) {
				return cell.getColumnIndex();
			}
		}
		return -1;
	}

	/** What a DIS holds of a participant. */
	private static List<Object> disFields(Participant p) {
		return java.util.Arrays.asList(p.getCode(), p.getPersonalIdentityNumber(), p.getGender(), p.getBirthYear(),
				p.isConsent(), p.getEnrolmentDate(), p.getEnrolmentYear(), p.getExitDate(), p.getReferringParty(),
				p.getSupportAtStart(), p.getSupportExtentAtStart(), p.getSupportAtExit(), p.getSupportExtentAtExit(),
				p.getOccupationAtStart(), p.getOccupationAtExit(), p.getExitReason(),
				Objects.toString(new java.util.TreeMap<>(p.getExtraAttributes().map())));
	}

	private static String allParts(Path file) throws java.io.IOException {
		StringBuilder all = new StringBuilder();
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
			for (var entries = zip.entries(); entries.hasMoreElements();) {
				try (var in = zip.getInputStream(entries.nextElement())) {
					all.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
				}
			}
		}
		return all.toString();
	}
}
