package se.finsam.io.xlsx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import se.finsam.testing.Fixtures;
import se.finsam.io.xlsx.CellProblem;
import se.finsam.io.xlsx.DisImport;
import se.finsam.io.xlsx.ImportOptions;
import se.finsam.io.xlsx.ImportPreview;
import se.finsam.io.xlsx.ImportPreview.RowStatus;
import se.finsam.io.xlsx.ImportProgress;
import se.finsam.io.xlsx.ImportResult;
import se.finsam.io.xlsx.SpreadsheetException;
import se.finsam.model.Gender;
import se.finsam.model.Participant;
import se.finsam.model.Project;

/** DIS workbooks built here with POI, imported into a real encrypted Derby store, read back from the store. */
public class DisImportTest extends StoreTestCase {

	@Override
	int participants() {
		return 60;
	}

	private ImportOptions options() {
		return new ImportOptions(null, false, false, Map.of("Kommentar", ImportOptions.EXTRA_PERSONAL), Fixtures.TODAY);
	}

	private ImportPreview analyse(Path file, ImportOptions options) throws SpreadsheetException {
		return DisImport.analyse(file, store, association, options, ImportProgress.NONE);
	}

	/** A title row, a merged group heading, odd spellings, serial and text dates, a formula, hidden and empty rows. */
	private Path awkward(String firstCode) throws Exception {
		XSSFWorkbook wb = new XSSFWorkbook();
		Sheet sheet = Fixture.sheet(wb, "Deltagare", Arrays.asList(
				List.of("DIS-uppföljning 2026"),
				Arrays.asList(null, null, null, null, null, null, "Försörjning", null),
				List.of(" deltagar-ID ", "KÖN", "Födelseår", "Insats", "Inskrivningsdatum", "Avslutsdatum", "vid start",
						"vid avslut", "Avslutsorsak", "Omfattning (%)", "Kommentar"),
				List.of(firstCode, "K", 1985, Fixtures.DNR, LocalDate.of(2024, 3, 1), "2025-02-15 ", "Ekonomiskt bistånd",
						"Lön", "Till Arbetsförmedlingen (arbetssökande, studier, arbete, eget företag)", 0.5,
						"ring i maj"),
				null,
				Arrays.asList("NY-002", "man", "=1980+10", "långsiktig samverkansplattform", "20240415", null,
						"sjukpenning", null, null, "100 %", null),
				Arrays.asList("NY-003  ", "Kvinna", null, Fixtures.DNR, "2024-05-02", null, "SA")));
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
		sheet.addMergedRegion(new CellRangeAddress(1, 1, 6, 7));
		Row hidden = sheet.getRow(5);
		hidden.setZeroHeight(true);
		return Fixture.save(wb, dir.resolve("dis.xlsx"));
	}

	/**
	 * A free column ("Kommentar" might hold a diagnosis) stops the import until the user decides; kept as personal,
	 * it becomes the förbund's extra attribute, sealed in the store, and the next import of it needs no decision.
	 */
	@Test
	public void anUnknownColumnIsRefusedUntilDecided() throws Exception {
		int before = Fixtures.project(store, Fixtures.DNR).getParticipants().size();
		ImportPreview undecided = analyse(awkward("FRI-001"), new ImportOptions(null, false, true, Map.of(),
				Fixtures.TODAY));
		assertEquals(List.of("Kommentar"), undecided.unknownColumns());
		assertEquals(List.of("Deltagare!K3"), undecided.problems().stream().map(CellProblem::reference).toList());
		assertTrue(undecided.problems().get(0).message().contains("personuppgift"), undecided.problems().toString());
		assertFalse(undecided.storable(), "not even valid rows only: the column is not row-specific");
		assertFalse(DisImport.store(undecided, store).stored());
		assertEquals(before, Fixtures.project(store, Fixtures.DNR).getParticipants().size(), "nothing stored");

		ImportPreview ignored = analyse(awkward("FRI-001"), new ImportOptions(null, false, false,
				Map.of("kommentar", ImportOptions.IGNORE), Fixtures.TODAY));
		assertTrue(ignored.unknownColumns().isEmpty() && ignored.storable());

		assertTrue(DisImport.store(analyse(awkward("FRI-001"), options()), store).stored());
		var kommentar = store.loadAssociation(association).getAttributeDefinitions().stream()
				.filter(d -> d.getName().equals("Kommentar")).findFirst().orElseThrow();
		assertTrue(kommentar.isPersonal(), "defined as the user decided");
		assertEquals("ring i maj", find(Fixtures.project(store, Fixtures.DNR), "FRI-001").getExtraAttributes()
				.get("Kommentar"), "read back unsealed");
		ImportPreview known = analyse(awkward("FRI-001"), new ImportOptions(null, false, false, Map.of(),
				Fixtures.TODAY));
		assertTrue(known.unknownColumns().isEmpty(), "the förbund's own attribute now: " + known.problems());
	}

	@Test
	public void anAwkwardButValidWorkbookImportsExactly() throws Exception {
		int before = Fixtures.project(store, Fixtures.DNR).getParticipants().size();
		ImportPreview preview = analyse(awkward("NY-001"), options());
		assertEquals(List.of(), preview.problems());
		assertEquals(3, preview.rowsRead());
		assertEquals(3, preview.counts().get(RowStatus.NEW));
		assertEquals(3, preview.sheets().get(0).headerRow());
		assertTrue(preview.sheets().get(0).headings().contains("Försörjning vid start"), "the merged group heading");
		ImportResult result = DisImport.store(preview, store);
		assertTrue(result.stored());
		assertEquals(3, result.created());

		Project project = Fixtures.project(store, Fixtures.DNR);
		assertEquals(before + 3, project.getParticipants().size());
		Participant first = find(project, "NY-001");
		assertEquals(Gender.FEMALE, first.getGender());
		assertEquals(1985, first.getBirthYear());
		assertEquals(LocalDate.of(2024, 3, 1), first.getEnrolmentDate());
		assertEquals(LocalDate.of(2025, 2, 15), first.getExitDate());
		assertEquals("EB", first.getSupportAtStart());
		assertEquals("LON", first.getSupportAtExit());
		assertEquals("AF", first.getExitReason());
		assertEquals(50, first.getSupportExtentAtStart());
		assertEquals("ring i maj", first.getExtraAttributes().get("Kommentar"));
		Participant second = find(project, "NY-002");
		assertEquals(Gender.MALE, second.getGender());
		assertEquals(1990, second.getBirthYear(), "the formula's cached value");
		assertEquals(LocalDate.of(2024, 4, 15), second.getEnrolmentDate());
		assertEquals("SJP", second.getSupportAtStart());
		assertEquals(100, second.getSupportExtentAtStart());
		assertNull(second.getExitDate());
		assertEquals("SA", find(project, "NY-003").getSupportAtStart(), "trailing spaces in the code are dropped");
	}

	@Test
	public void importingTheSameWorkbookAgainUpdatesAndNeverDuplicates() throws Exception {
		DisImport.store(analyse(awkward("NY-001"), options()), store);
		int count = Fixtures.project(store, Fixtures.DNR).getParticipants().size();

		ImportPreview again = analyse(awkward("NY-001"), options());
		assertEquals(3, again.counts().get(RowStatus.UNCHANGED));
		assertFalse(again.storable(), "nothing to change");
		assertFalse(DisImport.store(again, store).stored());

		XSSFWorkbook wb = new XSSFWorkbook();
		Fixture.sheet(wb, "Blad1", List.of(List.of("Deltagar-ID", "Insats", "Avslutsdatum", "Avslutsorsak"),
				List.of("NY-002", Fixtures.DNR, "2025-06-30", "Avhopp")));
		ImportPreview update = analyse(Fixture.save(wb, dir.resolve("update.xlsx")), options());
		assertEquals(1, update.counts().get(RowStatus.UPDATE));
		assertTrue(DisImport.store(update, store).stored());
		Project project = Fixtures.project(store, Fixtures.DNR);
		assertEquals(count, project.getParticipants().size());
		Participant p = find(project, "NY-002");
		assertEquals("AVHOPP", p.getExitReason());
		assertEquals(1990, p.getBirthYear(), "a column the sheet lacks is left as it was");
	}

	@Test
	public void everyBadCellIsNamedAndNothingIsStored() throws Exception {
		int before = Fixtures.project(store, Fixtures.DNR).getParticipants().size();
		XSSFWorkbook wb = new XSSFWorkbook();
		Fixture.sheet(wb, "Deltagare", List.of(
				List.of("Deltagar-ID", "Personnummer", "Kön", "Insats", "Inskrivningsdatum", "Avslutsdatum", "Avslutsorsak"),
				List.of("OK-1", "19850314-1239", "K", Fixtures.DNR, "2024-01-10", "", ""),
				List.of("BAD-1", "19850314-1238", "K", Fixtures.DNR, "2024-01-10", "", ""),
				List.of("BAD-2", "", "M", Fixtures.DNR, "2024-01-10", "2024-06-01", "Flyttat"),
				List.of("BAD-3", "", "M", Fixtures.DNR, "2024-13-01", "", ""),
				List.of("BAD-4", "", "M", Fixtures.DNR, "2024-05-01", "2024-04-01", "Avhopp"),
				List.of("BAD-5" + "-".repeat(56), "", "M", Fixtures.DNR, "2024-05-01", "", ""))); // 61: the store holds 60
		ImportPreview preview = analyse(Fixture.save(wb, dir.resolve("bad.xlsx")), options());
		List<String> refs = preview.problems().stream().map(CellProblem::reference).toList();
		assertEquals(List.of("Deltagare!B3", "Deltagare!G4", "Deltagare!E5", "Deltagare!F6", "Deltagare!A7"), refs,
				preview.problems().toString());
		CellProblem pnr = preview.problems().get(0);
		assertTrue(pnr.message().contains("kontrollsiffra"), pnr.message());
		assertFalse(pnr.toString().contains("1238"), "a personnummer is never shown: " + pnr);
		assertTrue(preview.problems().get(1).message().contains("Avhopp"), "the allowed values are listed");
		assertTrue(preview.problems().get(2).message().contains("inte ett datum"));
		assertTrue(preview.problems().get(3).message().contains("2024-04-01"), preview.problems().get(3).message());
		assertTrue(preview.problems().get(4).message().contains("högst 60 tecken"), preview.problems().get(4).message());

		ImportResult result = DisImport.store(preview, store);
		assertFalse(result.stored());
		assertEquals(before, Fixtures.project(store, Fixtures.DNR).getParticipants().size(), "all or nothing");

		ImportOptions validOnly = new ImportOptions(null, false, true, Map.of(), Fixtures.TODAY);
		ImportResult partial = DisImport.store(analyse(dir.resolve("bad.xlsx"), validOnly), store);
		assertTrue(partial.stored());
		assertEquals(1, partial.created());
		assertEquals(5, partial.skipped());
		Participant ok = find(Fixtures.project(store, Fixtures.DNR), "OK-1");
		assertEquals("19850314-1239", ok.getPersonalIdentityNumber());
		assertEquals(1985, ok.getBirthYear(), "from the personnummer");
	}

	/** The employer's sector (for the table of those who went to work) by code or label; a wrong one is named. */
	@Test
	public void theEmployersSectorIsReadByCodeOrLabel() throws Exception {
		XSSFWorkbook wb = new XSSFWorkbook();
		Fixture.sheet(wb, "Deltagare", List.of(
				List.of("Deltagar-ID", "Kön", "Insats", "Inskrivningsdatum", "Avslutsdatum", "Arbetsgivarens sektor"),
				List.of("SEK-1", "K", Fixtures.DNR, "2024-01-10", "2024-09-01", "Kommun"),
				List.of("SEK-2", "M", Fixtures.DNR, "2024-01-10", "2024-09-01", "privat"),
				List.of("SEK-3", "M", Fixtures.DNR, "2024-01-10", "2024-09-01", "Landstinget")));
		ImportPreview preview = analyse(Fixture.save(wb, dir.resolve("sektor.xlsx")), options());
		assertEquals(List.of("Deltagare!F4"), preview.problems().stream().map(CellProblem::reference).toList());
		assertTrue(preview.problems().get(0).message().contains("Privat sektor"), "the allowed values are listed: "
				+ preview.problems().get(0).message());
		ImportOptions validOnly = new ImportOptions(null, false, true, Map.of(), Fixtures.TODAY);
		assertTrue(DisImport.store(analyse(dir.resolve("sektor.xlsx"), validOnly), store).stored());
		Project project = Fixtures.project(store, Fixtures.DNR);
		assertEquals("KOMMUN", find(project, "SEK-1").getExtraAttributes().get("employerSector"));
		assertEquals("PRIVAT", find(project, "SEK-2").getExtraAttributes().get("employerSector"));
	}

	@Test
	public void missingProjectsAreProblemsUnlessTheUserCreatesThem() throws Exception {
		XSSFWorkbook wb = new XSSFWorkbook();
		Fixture.sheet(wb, "Deltagare", List.of(List.of("Kod", "Kön", "Insats", "Inskrivningsdatum"),
				List.of("H-1", "K", "2009:7", "2010-02-01"), List.of("H-2", "M", "2009:7", "2010-03-01"),
				List.of("H-3", "M", "Okänd insats", "2010-03-01")));
		Path file = Fixture.save(wb, dir.resolve("historik.xlsx"));
		ImportPreview refused = analyse(file, options());
		assertEquals(List.of("Deltagare!C2", "Deltagare!C3", "Deltagare!C4"),
				refused.problems().stream().map(CellProblem::reference).toList());

		ImportOptions create = new ImportOptions(null, true, true, Map.of(), Fixtures.TODAY);
		ImportPreview preview = analyse(file, create);
		assertEquals(List.of("2009:7"), preview.projectsToCreate());
		assertEquals(List.of("Deltagare!C4"), preview.problems().stream().map(CellProblem::reference).toList(),
				"a name cannot become a diarienummer");
		assertTrue(DisImport.store(preview, store).stored());
		Project created = Fixtures.project(store, "2009:7");
		assertEquals(2, created.getParticipants().size());
	}

	@Test
	public void headingsFromAPluginTheUsersMappingAnd1904DatesAndLegacyXls() throws Exception {
		XSSFWorkbook wb = new XSSFWorkbook();
		var properties = wb.getCTWorkbook().isSetWorkbookPr() ? wb.getCTWorkbook().getWorkbookPr()
				: wb.getCTWorkbook().addNewWorkbookPr();
		properties.setDate1904(true);
		Fixture.sheet(wb, "Mac", List.of(List.of("Löpnummer", "Kön", "Startdag", "Orsak"),
				List.of("P-1", "K", LocalDate.of(2024, 3, 1), "")));
		ImportOptions mapped = new ImportOptions(Fixtures.DNR, false, false,
				Map.of("Startdag", "enrolmentDate", "Orsak", ""), Fixtures.TODAY);
		ImportPreview preview = analyse(Fixture.save(wb, dir.resolve("mac.xlsx")), mapped);
		assertEquals(List.of(), preview.problems());
		DisImport.store(preview, store);
		assertEquals(LocalDate.of(2024, 3, 1), find(Fixtures.project(store, Fixtures.DNR), "P-1").getEnrolmentDate());

		HSSFWorkbook xls = new HSSFWorkbook();
		Fixture.sheet(xls, "Deltagare", List.of(List.of("Deltagar-ID", "Kön", "Inskrivningsdatum", "Födelseår"),
				List.of("X-1", "M", LocalDate.of(2023, 9, 4), 1977)));
		ImportPreview legacy = analyse(Fixture.save(xls, dir.resolve("gammal.xls")), options().withProject(Fixtures.DNR));
		assertEquals(List.of(), legacy.problems());
		DisImport.store(legacy, store);
		Participant x = find(Fixtures.project(store, Fixtures.DNR), "X-1");
		assertEquals(LocalDate.of(2023, 9, 4), x.getEnrolmentDate());
		assertEquals(1977, x.getBirthYear());
	}

	@Test
	public void aRowAtExcelsLastRowNumberIsRead() throws Exception {
		XSSFWorkbook wb = new XSSFWorkbook();
		Sheet sheet = Fixture.sheet(wb, "Deltagare", List.of(List.of("Deltagar-ID", "Kön", "Insats"),
				List.of("R-2", "K", Fixtures.DNR)));
		Row last = sheet.createRow(1_048_575);
		last.createCell(0).setCellValue("R-1048576");
		last.createCell(1).setCellValue("M");
		last.createCell(2).setCellValue(Fixtures.DNR);
		ImportPreview preview = analyse(Fixture.save(wb, dir.resolve("sista-raden.xlsx")), options());
		assertEquals(List.of(), preview.problems());
		assertEquals(2, preview.counts().get(RowStatus.NEW));
		assertEquals(1_048_576, preview.sample().get(1).row());
	}

	@Test
	public void aWorkbookWithoutDisHeadingsIsRefusedAsAWhole() throws Exception {
		XSSFWorkbook wb = new XSSFWorkbook();
		Fixture.sheet(wb, "Budget", List.of(List.of("Kategori", "År"), List.of("Personal", 2024)));
		Path file = Fixture.save(wb, dir.resolve("fel-fil.xlsx"));
		SpreadsheetException e = assertThrows(SpreadsheetException.class, () -> analyse(file, options()));
		assertTrue(e.getMessage().contains("fel-fil.xlsx") && e.getMessage().contains("Deltagar-ID"), e.getMessage());
	}

	static Participant find(Project project, String code) {
		return project.getParticipants().stream().filter(p -> p.getCode().equals(code)).findFirst()
				.orElseThrow(() -> new AssertionError("no participant " + code));
	}
}
