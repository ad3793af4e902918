package se.finsam.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.finsam.core.Settings.ReportFormat;
import se.finsam.model.BudgetAmount;
import se.finsam.model.BudgetLine;
import se.finsam.model.CodeEntry;
import se.finsam.model.Participant;
import se.finsam.model.Project;
import se.finsam.model.ProjectKind;
import se.finsam.model.ReportInstance;
import se.finsam.model.StatisticChart;
import se.finsam.model.StatisticTable;
import se.finsam.model.TemplateSection;
import se.finsam.model.codes.CodeLists;
import se.finsam.reports.RenderRequest;
import se.finsam.reports.ReportFigures;
import se.finsam.reports.ReportInstances;
import se.finsam.reports.Templates;
import se.finsam.stats.ProjectStatistics;
import se.finsam.stats.StatTable;
import se.finsam.stats.Statistics;
import se.finsam.stats.StatsQuery;

/**
 * What a board member sees on the page: every table whole with the widest realistic values and the longest labels
 * of the code lists (checked on the rendered page, where BIRT's clipping shows, not only in the text layer), charts
 * as vectors in PDF, Word headings Word knows, Excel sheets with numbers.
 */
public class ReportLayoutTest {

	static final String WIDEST = "9 999 999 kr";
	static final String LONGEST_LINE = "Uppföljning, utvärdering (extern bedömning) och kompetensutveckling";
	static Project widest;

	@BeforeAll
	public static void setUp() throws Exception {
		ReportsTest.setUp();
		widest = EcoreUtil.copy(ReportsTest.project(ProjectKind.PROJECT));
		widest.setName("Insatsen med de bredaste värdena");
		ReportsTest.demo.getProjects().add(widest);
		for (BudgetLine line : widest.getBudget().getLines()) {
			line.setLabel(LONGEST_LINE);
			for (BudgetAmount a : line.getAmounts()) {
				a.setBudget(new BigDecimal("19999998"));
				a.setRequisitioned(new BigDecimal("9999999"));
				a.setAccumulatedCost(new BigDecimal("9999999"));
			}
		}
		// Every code of every list in use, so that every label and every matrix column is printed.
		CodeLists codes = CodeLists.defaults();
		List<CodeEntry> support = codes.entries(CodeLists.SUPPORT);
		List<CodeEntry> occupation = codes.entries(CodeLists.OCCUPATION);
		List<CodeEntry> exits = codes.entries(CodeLists.EXIT_REASON);
		List<CodeEntry> sectors = codes.entries(CodeLists.EMPLOYER_SECTOR);
		int i = 0;
		for (Participant p : widest.getParticipants()) {
			if (p.getExitDate() == null) {
				continue;
			}
			p.setSupportAtStart(support.get(i % support.size()).getCode());
			p.setSupportAtExit(support.get(i / support.size() % support.size()).getCode());
			p.setOccupationAtStart(occupation.get(i % occupation.size()).getCode());
			p.setOccupationAtExit(occupation.get(i / 3 % occupation.size()).getCode());
			p.setExitReason(exits.get(i % exits.size()).getCode());
			p.getExtraAttributes().put(CodeLists.EMPLOYER_SECTOR, sectors.get(i % sectors.size()).getCode());
			i++;
		}
		se.finsam.model.Evaluation evaluation = se.finsam.model.FinsamFactory.eINSTANCE.createEvaluation();
		evaluation.setName("Typfall");
		evaluation.setInputs(Files.readString(Path.of("../../docs/examples/typfall.json")));
		widest.getEvaluations().add(evaluation);
	}

	@AfterAll
	public static void tearDown() {
		ReportsTest.demo.getProjects().remove(widest);
	}

	/** Every amount on one line, every label whole, nothing under a border or off the page, internal and shared. */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "generic.final", "rar.final", "generic.evaluation", "rar.evaluationPlan", "rar.status" })
	public void everyTableIsPrintedWholeWithTheWidestValues(String id) throws Exception {
		Templates.Installed template = Templates.find(id).orElseThrow();
		ReportInstance report = ReportsTest.answered(widest, template);
		Path pdf = ReportsTest.OUT.resolve("widest-" + id + ".pdf");
		ReportsTest.reports.render(new RenderRequest(widest, template, report, ReportFormat.PDF, true), pdf);

		List<PdfWords.Word> clipped = PdfWords.clipped(pdf);
		assertTrue(clipped.isEmpty(), "cut off in " + pdf + ": " + clipped);
		String layout = Outputs.run("pdftotext", "-layout", pdf.toString(), "-").replace('\u00a0', ' ')
				.replace('\u202f', ' ');
		java.util.Set<String> words = new java.util.HashSet<>(List.of(Outputs.normalize(layout).split(" ")));
		ProjectStatistics stats = Statistics.compute(widest, new StatsQuery(report.getPeriod().getStart(),
				report.getPeriod().getEnd(), false));
		int tables = 0;
		for (StatTable table : tables(template, stats)) {
			tables++;
			for (List<StatTable.Cell> row : table.rows()) {
				for (StatTable.Cell cell : row) {
					String shown = cell.text().replace('\u00a0', ' ').replace('\u202f', ' ');
					if (cell.kind() == StatTable.Kind.TEXT) { // wrapped between words, each word whole
						for (String word : Outputs.normalize(shown).split(" ")) {
							if (word.isEmpty()) {
								continue;
							}
							assertTrue(words.contains(word), "\"" + word + "\" of \"" + shown + "\" (" + table.id()
									+ ") whole in " + pdf);
						}
					} else {
						assertTrue(layout.contains(shown), "\"" + shown + "\" of " + table.id() + " on one line in "
								+ pdf);
					}
				}
			}
		}
		assertTrue(tables > 0, id + " shows tables");
		if (id.equals("generic.final")) {
			assertTrue(count(layout, WIDEST) >= widest.getBudget().getLines().size() * 2, "the widest amounts: "
					+ layout);
		}
	}

	/** The check above would pass an empty page: here it must find the amount a too narrow cell cuts. */
	@Test
	public void aClippedAmountIsSeenOnThePage() throws Exception {
		Path pdf = ReportsTest.OUT.resolve("clipped.pdf");
		ReportsTest.reports.renderDesign(Path.of("designs/clipped.rptdesign").toAbsolutePath(), null,
				ReportFormat.PDF, pdf);
		List<String> clipped = PdfWords.clipped(pdf).stream().map(PdfWords.Word::text).toList();
		assertTrue(clipped.contains("500"), "the cut amount is found: " + clipped);
		assertFalse(clipped.contains("helt"), "the word in a wide enough cell is whole: " + clipped);
	}

	@Test
	public void chartsAreVectorsInPdfAndPicturesInWord() throws Exception {
		Templates.Installed template = Templates.find("generic.final").orElseThrow();
		Project project = ReportsTest.project(ProjectKind.PROJECT);
		long chartParts = ReportInstances.parts(template.template()).stream().filter(StatisticChart.class::isInstance)
				.count();
		Path pdf = ReportsTest.OUT.resolve("charts.pdf");
		Path docx = ReportsTest.OUT.resolve("charts.docx");
		ReportsTest.reports.render(new RenderRequest(project, template, ReportsTest.answered(project, template),
				ReportFormat.PDF, false), pdf);
		ReportsTest.reports.render(new RenderRequest(project, template, ReportsTest.answered(project, template),
				ReportFormat.DOCX, false), docx);
		assertEquals(chartParts, Outputs.charts(pdf), "one vector drawing per chart in " + pdf);
		assertEquals(0, Outputs.bitmaps(pdf), "no chart bitmaps: " + Outputs.run("pdfimages", "-list", pdf.toString()));
		assertEquals(chartParts, Outputs.bitmaps(docx), "Word gets pictures it shows everywhere");
	}

	@Test
	public void wordHasHeadingStylesForNavigationAndContents() throws Exception {
		Templates.Installed template = Templates.find("rar.final").orElseThrow();
		Project project = ReportsTest.project(ProjectKind.PROJECT);
		Path docx = ReportsTest.OUT.resolve("headings.docx");
		ReportsTest.reports.render(new RenderRequest(project, template, ReportsTest.answered(project, template),
				ReportFormat.DOCX, false), docx);
		String document = Outputs.zipEntry(docx, "word/document.xml");
		assertEquals("Title", styleOf(document, template.template().getName()));
		for (TemplateSection section : template.template().getSections()) {
			assertEquals("Heading1", styleOf(document, section.getTitle()), section.getTitle());
		}
		assertEquals("Heading2", styleOf(document, "Uppstarten"));
		assertTrue(document.contains("<w:tbl>") || document.contains("<w:tbl "), "tables stay Word tables");
		assertTrue(document.contains("<w:gridCol w:w=\"") && !document.contains("<w:gridCol w:val="),
				"column widths Word reads (BIRT writes w:val)");
		assertTrue(document.contains("<w:keepNext/>"), "short tables kept on one page");
		String styles = Outputs.zipEntry(docx, "word/styles.xml");
		assertTrue(styles.contains("w:styleId=\"Title\""), "the title's style is defined");
		for (int level = 1; level <= 3; level++) {
			Matcher m = Pattern.compile("<w:style [^>]*w:styleId=\"Heading" + level + "\".*?</w:style>", Pattern.DOTALL)
					.matcher(styles);
			assertTrue(m.find(), "Heading" + level + " is defined");
			assertTrue(m.group().contains("<w:outlineLvl w:val=\"" + (level - 1) + "\"/>"), m.group());
		}
		assertTrue(styles.contains("DejaVu Sans") || document.contains("DejaVu Sans"), "the design's font is kept");
	}

	@Test
	public void excelHasANamedSheetPerTableWithNumbers() throws Exception {
		Templates.Installed template = Templates.find("generic.final").orElseThrow();
		Project project = ReportsTest.project(ProjectKind.PROJECT);
		ReportInstance report = ReportsTest.answered(project, template);
		Path xlsx = ReportsTest.OUT.resolve("numbers.xlsx");
		ReportsTest.reports.render(new RenderRequest(project, template, report, ReportFormat.XLSX, false), xlsx);
		ProjectStatistics stats = Statistics.compute(project, new StatsQuery(report.getPeriod().getStart(),
				report.getPeriod().getEnd(), true));
		try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
			assertEquals("Rapport", workbook.getSheetName(0));
			assertTrue(workbook.getNumberOfSheets() > 5, "a sheet per table");
			List<String> named = new ArrayList<>();
			for (Row r : workbook.getSheetAt(0)) {
				Matcher m = Pattern.compile("bladet \"([^\"]+)\"")
						.matcher(r.getCell(0).getStringCellValue());
				if (m.find()) {
					named.add(m.group(1));
				}
			}
			List<String> sheets = new ArrayList<>();
			workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
			assertEquals(sheets.subList(1, sheets.size()), named, "the text names each table's sheet as it is named");
			assertTrue(sheets.contains("Avslutsorsak, kvinnor och män") && sheets.contains("Försörjning vid start"),
					"whole words, a name an earlier sheet has told by the title's end: " + sheets);
			Sheet outcomes = sheet(workbook, "Avslutsorsak");
			assertTrue(outcomes.getPaneInformation() != null && outcomes.getPaneInformation().isFreezePane(),
					"the heading row is frozen");
			assertTrue(workbook.getFontAt(outcomes.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
			Row total = outcomes.getRow(outcomes.getLastRowNum());
			assertEquals(CellType.NUMERIC, total.getCell(1).getCellType(), "counts are numbers");
			Row positive = row(outcomes, "Positivt resultat");
			assertEquals(stats.outcomes().positiveShare().movePointLeft(2).doubleValue(),
					positive.getCell(2).getNumericCellValue(), 0.0005);
			assertTrue(positive.getCell(2).getCellStyle().getDataFormatString().contains("%"), "a percent format");
			Sheet matrix = sheet(workbook, "Vid start");
			for (Row r : matrix) {
				for (var c : r) {
					assertFalse(c.getCellType() == CellType.STRING && c.getStringCellValue().isEmpty(),
							"an empty cell is blank, not an empty text: " + c.getAddress());
				}
			}
			Sheet budget = sheet(workbook, "Budget inkl");
			Row sum = budget.getRow(budget.getLastRowNum());
			assertEquals(CellType.NUMERIC, sum.getCell(1).getCellType(), "amounts are numbers");
			assertTrue(sum.getCell(1).getCellStyle().getDataFormatString().contains("kr"), "a kronor format");
		}
	}

	/** The tables a template shows for the project. */
	static List<StatTable> tables(Templates.Installed template, ProjectStatistics stats) {
		List<StatTable> tables = new ArrayList<>();
		for (TemplateSection section : template.template().getSections()) {
			if (!ReportInstances.applies(section, widest)) {
				continue;
			}
			section.getParts().stream().filter(StatisticTable.class::isInstance).map(StatisticTable.class::cast)
					.forEach(t -> ReportFigures.table(stats, widest, t.getStatistic()).ifPresent(tables::add));
		}
		return tables;
	}

	/** The sheet whose heading row has a cell starting with the text. */
	private static Sheet sheet(XSSFWorkbook workbook, String heading) {
		for (Sheet sheet : workbook) {
			Row first = sheet.getRow(0);
			if (first != null) {
				for (var cell : first) {
					if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith(heading)) {
						return sheet;
					}
				}
			}
		}
		throw new AssertionError("no sheet with the heading " + heading);
	}

	private static Row row(Sheet sheet, String label) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && row.getCell(0).toString().equals(label)) {
				return row;
			}
		}
		throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
	}

	/** The paragraph style of the first paragraph holding exactly the text. */
	private static String styleOf(String document, String text) {
		Matcher p = Pattern.compile("<w:p>.*?</w:p>|<w:p .*?</w:p>", Pattern.DOTALL).matcher(document);
		while (p.find()) {
			String paragraph = p.group();
			String shown = paragraph.replaceAll("(?s)<[^>]+>", "").replace("&amp;", "&");
			if (Outputs.normalize(shown).equals(Outputs.normalize(text))) {
				Matcher style = Pattern.compile("<w:pStyle w:val=\"([^\"]+)\"").matcher(paragraph);
				return style.find() ? style.group(1) : "(none)";
			}
		}
		throw new AssertionError("no paragraph \"" + text + "\"");
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			n++;
		}
		return n;
	}

	static {
		Locale.setDefault(Locale.of("sv", "SE"));
	}
}
