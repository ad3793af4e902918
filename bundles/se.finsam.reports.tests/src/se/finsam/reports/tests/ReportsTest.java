package se.finsam.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import se.finsam.core.Formats;
import se.finsam.core.Settings.ReportFormat;
import se.finsam.model.Answer;
import se.finsam.model.Association;
import se.finsam.model.Checklist;
import se.finsam.model.ChecklistItem;
import se.finsam.model.FinsamFactory;
import se.finsam.model.Project;
import se.finsam.model.ProjectKind;
import se.finsam.model.ReportInstance;
import se.finsam.model.SignatureBlock;
import se.finsam.model.TemplatePart;
import se.finsam.model.TemplateSection;
import se.finsam.model.TextQuestion;
import se.finsam.model.demo.DemoData;
import se.finsam.reports.Answers;
import se.finsam.reports.RenderRequest;
import se.finsam.reports.ReportInstances;
import se.finsam.reports.ReportService;
import se.finsam.reports.Templates;
import se.finsam.stats.ProjectStatistics;
import se.finsam.stats.Statistics;
import se.finsam.stats.StatsQuery;
import se.finsam.testing.Fixtures;

/**
 * Every installed template, rendered by the real BIRT engine in every format on demo data; the files are read
 * back (pdftotext, the DOCX XML, the XLSX cells, the HTML) and must say what the template and the data say.
 */
public class ReportsTest {

	static final Path OUT = Path.of(System.getProperty("finsam.reports.out", "target/reports"));
	static Association demo;
	static ReportService reports;

	@BeforeAll
	public static void setUp() throws Exception {
		Locale.setDefault(Locale.of("sv", "SE"));
		Files.createDirectories(OUT);
		demo = DemoData.create(3, 600, Fixtures.TODAY);
		reports = Fixtures.service(ReportService.class);
	}

	static Stream<Arguments> templatesAndFormats() {
		List<Arguments> all = new ArrayList<>();
		for (Templates.Installed t : Templates.installed()) {
			if (t.template().getId().startsWith("test.")) {
				continue;
			}
			for (ProjectKind kind : ProjectKind.values()) {
				for (ReportFormat f : ReportFormat.values()) {
					all.add(Arguments.of(t.template().getId(), kind, f));
				}
			}
		}
		return all.stream();
	}

	@Test
	public void theTemplateBundlesAreInstalledAndBrokenContributionsSkipped() {
		List<String> ids = Templates.installed().stream().map(t -> t.template().getId() + "@" + t.bundle()).toList();
		// This test fragment contributes (as its host) a missing file, a file that is not XMI and two templates with
		// one id: only the first of those two survives, the rest is logged and skipped.
		assertEquals(List.of("generic.evaluation@se.finsam.templates.generic", "generic.final@se.finsam.templates.generic",
				"rar.evaluationPlan@se.finsam.templates.rar", "rar.final@se.finsam.templates.rar",
				"rar.status@se.finsam.templates.rar", "test.duplicate@se.finsam.reports",
				"uppsala.annual@se.finsam.templates.uppsala", "uppsala.interim@se.finsam.templates.uppsala"),
				ids.stream().sorted().toList());
		assertEquals("Test: the first of two with one id", Templates.find("test.duplicate").orElseThrow().template()
				.getName());
	}

	@ParameterizedTest(name = "{0} for {1} as {2}")
	@MethodSource("templatesAndFormats")
	public void everyTemplateRendersInEveryFormat(String id, ProjectKind kind, ReportFormat format) throws Exception {
		Templates.Installed template = Templates.find(id).orElseThrow();
		Project project = project(kind);
		ReportInstance report = answered(project, template);
		Path file = OUT.resolve(id + "-" + kind.getLiteral() + "." + format.extension());
		reports.render(new RenderRequest(project, template, report, format, false), file);

		String text = Outputs.text(file);
		assertTrue(text.contains(template.template().getName()), "title in " + file + ": " + head(text));
		for (TemplateSection section : template.template().getSections()) {
			if (ReportInstances.applies(section, project)) {
				assertTrue(text.contains(Outputs.normalize(section.getTitle())), "section \"" + section.getTitle()
						+ "\" in " + file);
			}
		}
		for (TemplatePart part : ReportInstances.parts(template.template())) {
			if (part instanceof TextQuestion && ReportInstances.applies((TemplateSection) part.eContainer(), project)) {
				assertTrue(text.contains(answer(part)), "the answer of " + part.getId() + " in " + file);
			}
		}
		ProjectStatistics stats = Statistics.compute(project, new StatsQuery(report.getPeriod().getStart(),
				report.getPeriod().getEnd(), true));
		if (usesOutcomes(template, project)) {
			// Excel holds the share as the number it is (0.532 formatted as 53,2 %); Excel draws charts itself.
			String positive = format == ReportFormat.XLSX
					? String.valueOf(stats.outcomes().positiveShare().movePointLeft(2).doubleValue())
					: Outputs.normalize(Formats.percent(stats.outcomes().positiveShare()));
			assertTrue(text.contains(positive), "positive share " + positive + " in " + file);
			assertTrue(format == ReportFormat.XLSX || Outputs.charts(file) >= 1, "the outcome chart is drawn in " + file);
		}
	}

	@Test
	public void theEvaluationTemplateShowsTheProjectsLatestEvaluation() throws Exception {
		Templates.Installed template = Templates.find("generic.evaluation").orElseThrow();
		Project project = EcoreUtil.copy(project(ProjectKind.PROJECT));
		demo.getProjects().add(project);
		try {
			se.finsam.model.Evaluation evaluation = se.finsam.model.FinsamFactory.eINSTANCE.createEvaluation();
			evaluation.setName("Typfall");
			evaluation.setInputs(Files.readString(Path.of("../../docs/examples/typfall.json")));
			project.getEvaluations().add(evaluation);
			Path pdf = OUT.resolve("evaluation.pdf");
			reports.render(new RenderRequest(project, template, answered(project, template), ReportFormat.PDF, false), pdf);
			String text = Outputs.text(pdf);
			for (String expected : List.of("Samhällsekonomiskt resultat (Typfall)", "Resultat per aktör (tusental kronor)", "Samhället totalt",
					"Arbetsförmedlingen", "Återbetalningstid", "Standardvärden och deras källor", "SCB")) {
				assertTrue(text.contains(Outputs.normalize(expected)), expected + " in " + pdf);
			}
			assertTrue(Outputs.charts(pdf) >= 1, "the chart per actor");
		} finally {
			demo.getProjects().remove(project);
		}
	}

	@Test
	public void withoutAnEvaluationItsTablesSayWhyUnderTheirPlainTitles() throws Exception {
		Templates.Installed template = Templates.find("generic.evaluation").orElseThrow();
		Project project = EcoreUtil.copy(project(ProjectKind.PROJECT));
		project.getEvaluations().clear();
		demo.getProjects().add(project);
		try {
			Path pdf = OUT.resolve("evaluation-none.pdf");
			reports.render(new RenderRequest(project, template, answered(project, template), ReportFormat.PDF, false), pdf);
			String text = Outputs.text(pdf);
			for (String expected : List.of("Samhällsekonomiskt resultat", "Resultat per deltagare",
					"Kostnad mot intäkt år för år", "Ingen samhällsekonomisk utvärdering har gjorts för insatsen.")) {
				assertTrue(text.contains(Outputs.normalize(expected)), expected + " in " + pdf);
			}
			for (String dash : List.of("(–)", "(– deltagare", "kostnad –)")) {
				assertFalse(text.contains(dash), "no figure stands in as a dash: " + dash + " in " + pdf);
			}
		} finally {
			demo.getProjects().remove(project);
		}
	}

	@Test
	public void theRarFinalReportHasSeed000sHeadingsInOrder() throws Exception {
		Templates.Installed rar = Templates.find("rar.final").orElseThrow();
		Project project = project(ProjectKind.PROJECT);
		Path pdf = OUT.resolve("rar-order.pdf");
		reports.render(new RenderRequest(project, rar, answered(project, rar), ReportFormat.PDF, false), pdf);
		String text = Outputs.text(pdf);
		int at = 0;
		for (String heading : List.of("Bilaga 2 - Slutrapportering", "Uppdraget", "Arbetsprocess och metod",
				"Uppstarten", "Organiseringen och styrningen av projektet", "Samverkan externt och internt",
				"Den metod projektet utarbetat och använt sig av", "Ekonomisk redovisning", "Vad har projektet kostat?",
				"Personal", "Lokal", "Övrigt", "Totalt", "Kostnad/deltagare",
				"Kommentera resultatet av kostnaden utifrån individernas förändrade situation avseende försörjning.",
				"Individperspektiv", "Resultat personalenkät", "Organisatoriska effekter", "Implementering",
				"Övriga kommentarer", "LSG:s analys och förslag", "Förbundschefens slutsatser och förslag")) {
			int next = text.indexOf(heading, at);
			assertTrue(next >= 0, "\"" + heading + "\" after position " + at + " in " + pdf);
			at = next + heading.length();
		}
		String fonts = Outputs.run("pdffonts", pdf.toString());
		assertTrue(fonts.contains("DejaVuSans") && fonts.contains("yes"), "embedded fonts: " + fonts);
		assertTrue(text.contains("åäö ÅÄÖ"), "Swedish letters come back out of the PDF");
	}

	@Test
	public void bilagaLsIsForLongTermCooperationAndBilagaProjektForProjects() throws Exception {
		Templates.Installed annual = Templates.find("uppsala.annual").orElseThrow();
		Project ls = project(ProjectKind.LONG_TERM_COOPERATION);
		Path lsFile = OUT.resolve("uppsala-ls.docx");
		ReportInstance report = answered(ls, annual);
		reports.render(new RenderRequest(ls, annual, report, ReportFormat.DOCX, false), lsFile);
		String text = Outputs.text(lsFile);
		assertTrue(text.contains("Bilaga LS Helår"), text);
		assertFalse(text.contains("Bilaga Projekt Helår"), "no Bilaga Projekt for long-term cooperation");
		assertTrue(text.contains("LOKUS-grupp Ja Nej Utsett ordförande x"), head(text));
		assertTrue(text.contains("Anordnat kompetensutvecklingsinsatser x"), "the last statement answered no: " + text);
		assertTrue(text.contains("Kommentarer (om ni angett nej ovan ska detta kommenteras här)"), text);
		assertTrue(text.contains("Underskrift LOKUS-gruppens ordförande"), text);

		Project project = project(ProjectKind.PROJECT);
		Path projectFile = OUT.resolve("uppsala-projekt.docx");
		reports.render(new RenderRequest(project, annual, answered(project, annual), ReportFormat.DOCX, false),
				projectFile);
		String projectText = Outputs.text(projectFile);
		assertTrue(projectText.contains("Bilaga Projekt Helår"), projectText);
		assertFalse(projectText.contains("Bilaga LS Helår"), "no Bilaga LS for a project");
	}

	@Test
	public void countsUnderFiveAreHiddenUnlessTheReportIsInternal() throws Exception {
		Templates.Installed generic = Templates.find("generic.final").orElseThrow();
		Project project = project(ProjectKind.PROJECT);
		ReportInstance report = answered(project, generic);
		Path shared = OUT.resolve("shared.html");
		Path internal = OUT.resolve("internal.html");
		reports.render(new RenderRequest(project, generic, report, ReportFormat.HTML, false), shared);
		reports.render(new RenderRequest(project, generic, report, ReportFormat.HTML, true), internal);
		assertTrue(Outputs.text(shared).contains("<5"), "some group in the demo is smaller than five");
		assertFalse(Outputs.text(internal).contains("<5"), "an internal report shows every count");
	}

	@Test
	public void anHtmlReportLinksItsPicturesBesideThePageSoThatBothCanBeMoved() throws Exception {
		Templates.Installed rar = Templates.find("rar.final").orElseThrow();
		Project project = project(ProjectKind.PROJECT);
		Path page = OUT.resolve("till styrelsen").resolve("Slutrapport 2024.html");
		reports.render(new RenderRequest(project, rar, answered(project, rar), ReportFormat.HTML, false), page);
		Path moved = Files.createTempDirectory(OUT, "skickad");
		Files.move(page, moved.resolve(page.getFileName()));
		Files.move(page.resolveSibling("Slutrapport 2024.html-bilder"), moved.resolve("Slutrapport 2024.html-bilder"));
		String html = Files.readString(moved.resolve(page.getFileName()));
		Matcher links = Pattern.compile("src=\"([^\"]*)\"").matcher(html);
		int pictures = 0;
		while (links.find()) {
			String link = links.group(1);
			assertTrue(link.startsWith("./Slutrapport%202024.html-bilder/"), "a link beside the page: " + link);
			assertTrue(Files.isRegularFile(Path.of(moved.resolve("x").toUri().resolve(link))), "moved with it: " + link);
			pictures++;
		}
		assertTrue(pictures >= 1, "the outcome chart is linked in " + page);
	}

	@Test
	public void theRequiredPartsStillEmptyAreListed() {
		Templates.Installed rar = Templates.find("rar.final").orElseThrow();
		Project project = project(ProjectKind.PROJECT);
		ReportInstance fresh = ReportInstances.create(project, rar.template(), null, null);
		List<String> missing = ReportInstances.missing(rar.template(), fresh, project);
		assertTrue(missing.contains("Arbetsprocess och metod: Uppstarten"), missing.toString());
		assertFalse(missing.stream().anyMatch(m -> m.startsWith("Uppdraget")), "prefilled from the target group");
		assertTrue(ReportInstances.missing(rar.template(), answered(project, rar), project).isEmpty());
	}

	@Test
	public void aBrokenTemplateFileIsRefusedWithItsName() {
		var e = assertThrows(java.io.IOException.class,
				() -> Templates.read(ReportsTest.class.getResource("/templates/not-a-template.xmi")));
		assertTrue(e.getMessage().contains("not-a-template.xmi"), e.getMessage());
	}

	private static boolean usesOutcomes(Templates.Installed template, Project project) {
		return template.template().getSections().stream().filter(s -> ReportInstances.applies(s, project))
				.flatMap(s -> s.getParts().stream())
				.anyMatch(p -> p instanceof se.finsam.model.StatisticChart c && c.getStatistic().equals("outcomes"));
	}

	static Project project(ProjectKind kind) {
		return demo.getProjects().stream().filter(p -> p.getKind() == kind)
				.max(java.util.Comparator.comparingInt(p -> p.getParticipants().size())).orElseThrow();
	}

	/** Every question answered (with Swedish letters), checklists yes but the last no, the signature signed. */
	static ReportInstance answered(Project project, Templates.Installed template) {
		ReportInstance report = ReportInstances.create(project, template.template(),
				project.getGrantedPeriod().getStart(), Fixtures.TODAY);
		for (TemplatePart part : ReportInstances.parts(template.template())) {
			if (part instanceof TextQuestion) {
				answerFor(report, part.getId()).setText(answer(part));
			} else if (part instanceof Checklist c) {
				for (ChecklistItem item : c.getItems()) {
					answerFor(report, Answers.checklistKey(c.getId(), item.getId()))
							.setChecked(item != c.getItems().get(c.getItems().size() - 1));
				}
				answerFor(report, c.getId()).setText("Nej på sista punkten: inga insatser anordnades i år.");
			} else if (part instanceof SignatureBlock) {
				Answer a = answerFor(report, part.getId());
				a.getValues().put(Answers.DATE, "2027-01-31");
				a.getValues().put(Answers.NAME, "Åsa Öberg");
			}
		}
		return report;
	}

	static String answer(TemplatePart part) {
		return "Svar på " + part.getId() + " med åäö ÅÄÖ.";
	}

	/** The report's answer for the key (a new report holds one for every part already). */
	private static Answer answerFor(ReportInstance report, String key) {
		return Answers.find(report, key).orElseGet(() -> {
			Answer a = FinsamFactory.eINSTANCE.createAnswer();
			a.setPartId(key);
			report.getAnswers().add(a);
			return a;
		});
	}

	private static String head(String text) {
		return text.length() > 600 ? text.substring(0, 600) + "…" : text;
	}
}
