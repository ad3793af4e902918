package se.finsam.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.finsam.calc.Calculator;
import se.finsam.calc.EvaluationResult;
import se.finsam.calc.StandardValues;
import se.finsam.core.Formats;
import se.finsam.core.Settings.ReportFormat;
import se.finsam.model.Evaluation;
import se.finsam.model.FinsamFactory;
import se.finsam.model.Goal;
import se.finsam.model.Project;
import se.finsam.model.ProjectKind;
import se.finsam.model.ReportInstance;
import se.finsam.model.TemplateKind;
import se.finsam.reports.RenderRequest;
import se.finsam.reports.ReportInstances;
import se.finsam.reports.ReportPeriods;
import se.finsam.reports.ReportPeriods.Span;
import se.finsam.reports.Templates;
import se.finsam.stats.ProjectStatistics;
import se.finsam.stats.Statistics;
import se.finsam.stats.StatsQuery;
import se.finsam.testing.Fixtures;

/**
 * What the reports say: the period each kind covers, and the parts the seeds ask for with their figures (outcomes by
 * gender, employer sectors, budget per year, seed 001's evaluation, RAR's avoided cost, the evaluation plan).
 */
public class ReportContentTest {

	@BeforeAll
	public static void setUp() throws Exception {
		ReportsTest.setUp();
	}

	@Test
	public void theDefaultPeriodFollowsTheKindOfReport() {
		Project p = running(ReportsTest.project(ProjectKind.PROJECT), "2023-02-01", "2028-12-31");
		LocalDate november = LocalDate.of(2026, 11, 23);
		LocalDate december = LocalDate.of(2026, 12, 1);
		LocalDate march = LocalDate.of(2026, 3, 10);
		LocalDate june = LocalDate.of(2026, 6, 15);
		assertEquals(span("2025-01-01", "2025-12-31"), ReportPeriods.defaultFor(TemplateKind.ANNUAL, p, november));
		assertEquals(span("2026-01-01", "2026-12-31"), ReportPeriods.defaultFor(TemplateKind.ANNUAL, p, december));
		assertEquals(span("2026-01-01", "2026-06-30"), ReportPeriods.defaultFor(TemplateKind.INTERIM, p, november));
		assertEquals(span("2025-01-01", "2025-06-30"), ReportPeriods.defaultFor(TemplateKind.INTERIM, p, march));
		assertEquals(span("2026-01-01", "2026-06-30"), ReportPeriods.defaultFor(TemplateKind.STATUS, p, november));
		assertEquals(span("2026-07-01", "2026-12-31"), ReportPeriods.defaultFor(TemplateKind.STATUS, p, december));
		assertEquals(span("2026-01-01", "2026-06-30"), ReportPeriods.defaultFor(TemplateKind.STATUS, p, june));
		assertEquals(span("2025-07-01", "2025-12-31"), ReportPeriods.defaultFor(TemplateKind.STATUS, p, march));
		assertEquals(new Span(p.getGrantedPeriod().getStart(), p.getGrantedPeriod().getEnd()),
				ReportPeriods.defaultFor(TemplateKind.FINAL, p, november));
		assertTrue(ReportPeriods.defaultFor(TemplateKind.EVALUATION_PLAN, p, november).isNone());
		assertEquals(span("2025-01-01", "2025-06-30"),
				ReportPeriods.choose(TemplateKind.ANNUAL, p, november, null, LocalDate.parse("2025-06-30")));

		assertEquals("januari–december 2025", ReportPeriods.fill("januari–december {år}", span("2025-01-01", "2025-12-31")));
		assertEquals("2024–2025, 2024-07-01 – 2025-06-30, {okänd}", ReportPeriods.fill("{år}, {period}, {okänd}",
				span("2024-07-01", "2025-06-30")));
		assertEquals("–", ReportPeriods.fill("{år}", Span.NONE));
	}

	@Test
	public void aPeriodicReportOfAnEndedProjectCoversItsLastPeriod() {
		Project ended = running(ReportsTest.project(ProjectKind.PROJECT), "2019-09-01", "2022-08-31");
		LocalDate november = LocalDate.of(2026, 11, 23);
		assertEquals(span("2022-07-01", "2022-12-31"), ReportPeriods.defaultFor(TemplateKind.STATUS, ended, november),
				"the half-year it ended in, not one without participants");
		assertEquals(span("2022-01-01", "2022-12-31"), ReportPeriods.defaultFor(TemplateKind.ANNUAL, ended, november));
		assertEquals(span("2022-01-01", "2022-06-30"), ReportPeriods.defaultFor(TemplateKind.INTERIM, ended, november));
		assertEquals(span("2022-07-01", "2022-12-31"),
				ReportPeriods.choose(TemplateKind.STATUS, ended, november, null, null));
		assertEquals(span("2022-07-01", "2022-09-30"), ReportPeriods.choose(TemplateKind.STATUS, ended, november, null,
				LocalDate.parse("2022-09-30")), "the user's own end still wins");

		Project endsInSpring = running(ended, "2019-09-01", "2023-03-31");
		assertEquals(span("2023-01-01", "2023-06-30"),
				ReportPeriods.defaultFor(TemplateKind.STATUS, endsInSpring, november));
		Project later = running(ended, "2027-09-01", "2029-08-31");
		assertEquals(span("2027-07-01", "2027-12-31"), ReportPeriods.defaultFor(TemplateKind.STATUS, later, november),
				"a project not begun: the half-year it begins in");
		assertEquals(span("2027-01-01", "2027-12-31"), ReportPeriods.defaultFor(TemplateKind.ANNUAL, later, november));
		Project overlapping = running(ended, "2024-01-01", "2026-02-28");
		assertEquals(span("2025-01-01", "2025-12-31"),
				ReportPeriods.defaultFor(TemplateKind.ANNUAL, overlapping, november), "a period it ran in stays");
	}

	/** A copy of {@code project} granted from {@code start} to {@code end}. */
	private static Project running(Project project, String start, String end) {
		Project copy = EcoreUtil.copy(project);
		copy.getGrantedPeriod().setStart(LocalDate.parse(start));
		copy.getGrantedPeriod().setEnd(LocalDate.parse(end));
		return copy;
	}

	@Test
	public void anAnnualReportCoversLastYearAndSaysSo() throws Exception {
		Templates.Installed annual = Templates.find("uppsala.annual").orElseThrow();
		Project ls = ReportsTest.project(ProjectKind.LONG_TERM_COOPERATION);
		Span span = ReportPeriods.defaultFor(TemplateKind.ANNUAL, ls, Fixtures.TODAY);
		ReportInstance report = ReportInstances.create(ls, annual.template(), span.from(), span.to());
		Path pdf = ReportsTest.OUT.resolve("annual-2025.pdf");
		ReportsTest.reports.render(new RenderRequest(ls, annual, report, ReportFormat.PDF, false), pdf);
		String text = Outputs.text(pdf);
		assertTrue(text.contains("Rapporten gäller för perioden januari–december 2025."), text);
		assertTrue(text.contains("period 2025-01-01 till 2025-12-31"), text);
		assertFalse(text.contains("{år}"), "every placeholder filled");
		ProjectStatistics stats = Statistics.compute(ls, new StatsQuery(span.from(), span.to(), true));
		assertTrue(text.contains("Bortfall enligt insatsen"), text);
		assertTrue(stats.participants().total() < ls.getParticipants().size(), "the year, not the whole project");
	}

	@Test
	public void theGenericFinalReportHasSeed002sParts() throws Exception {
		Templates.Installed generic = Templates.find("generic.final").orElseThrow();
		Project project = ReportsTest.project(ProjectKind.PROJECT);
		ReportInstance report = ReportsTest.answered(project, generic);
		Path pdf = ReportsTest.OUT.resolve("seed-002.pdf");
		ReportsTest.reports.render(new RenderRequest(project, generic, report, ReportFormat.PDF, true), pdf);
		String text = Outputs.text(pdf);
		assertInOrder(text, pdf, "Bakgrund", "Historik", "Syfte", "Mål och utfall", "Målgrupp", "Resultat",
				"Resultat efter avslutsorsak, kvinnor och män", "Deltagare till arbete efter arbetsgivarens sektor",
				"Mjuka resultat", "Fördelar för respektive organisation", "Vad kunde vi ha gjort bättre?", "Ekonomi",
				"Budget och ackumulerad kostnad", "Avslutande reflektioner");
		ProjectStatistics stats = Statistics.compute(project, new StatsQuery(report.getPeriod().getStart(),
				report.getPeriod().getEnd(), false));
		for (var gender : stats.outcomesByGender()) {
			String share = Outputs.normalize(Formats.percent(gender.outcomes().positiveShare()));
			assertTrue(text.contains(share), gender.label() + " positive " + share + " in " + pdf);
		}
		var sectors = stats.employerSectors();
		assertTrue(sectors.recorded() > 0, "the demo records sectors");
		assertTrue(text.contains("Andelar av de " + sectors.recorded() + " vars sektor är registrerad"), text);
		Path docx = ReportsTest.OUT.resolve("seed-002.docx");
		ReportsTest.reports.render(new RenderRequest(project, generic, report, ReportFormat.DOCX, true), docx);
		String word = Outputs.text(docx); // a Word table lists its cells in order, headings whole
		for (int year : stats.budget().years()) {
			assertTrue(word.contains("Kostnad " + year), "the cost of " + year + " in its own column");
		}
		String total = Outputs.normalize(Formats.wholeKronor(stats.budget().total().accumulatedCost()));
		assertTrue(text.contains("Summa kostnader"), text);
		assertTrue(text.contains(total), total);
	}

	/**
	 * A report for others hides small counts ("<5") and what would tell them (".."), and says what the marks mean;
	 * one for the förbund's own use (--internal) shows every count and says so at the top of every page, in PDF
	 * and in Word's page header.
	 */
	@Test
	public void anInternalReportSaysSoOnEveryPageAndAnOtherHidesWhatWouldTell() throws Exception {
		Templates.Installed generic = Templates.find("generic.final").orElseThrow();
		Project project = ReportsTest.project(ProjectKind.PROJECT);
		ReportInstance report = ReportsTest.answered(project, generic);
		Path shared = ReportsTest.OUT.resolve("for-others.pdf");
		ReportsTest.reports.render(new RenderRequest(project, generic, report, ReportFormat.PDF, false), shared);
		String text = Outputs.text(shared);
		assertFalse(text.contains("INTERNT"), "a report for others is not marked internal");
		if (text.contains("..")) {
			assertTrue(text.contains("Uppgifter som visas som .. är dolda"), "the mark is explained");
		}
		Path internal = ReportsTest.OUT.resolve("internal.pdf");
		ReportsTest.reports.render(new RenderRequest(project, generic, report, ReportFormat.PDF, true), internal);
		int pages = Integer.parseInt(Outputs.run("pdfinfo", internal.toString()).lines()
				.filter(l -> l.startsWith("Pages:")).findFirst().orElseThrow().replaceAll("\\D", ""));
		assertTrue(pages > 2, "pages: " + pages);
		for (int page = 1; page <= pages; page++) {
			String one = Outputs.normalize(Outputs.run("pdftotext", "-f", "" + page, "-l", "" + page, "-layout",
					internal.toString(), "-"));
			assertTrue(one.startsWith("INTERNT – visar även grupper med färre än 5 personer"), "page " + page + ": "
					+ one.substring(0, Math.min(120, one.length())));
		}
		String internalText = Outputs.text(internal);
		assertFalse(internalText.contains("<5") || internalText.contains(" .. "), "nothing hidden internally");
		Path word = ReportsTest.OUT.resolve("internal.docx");
		ReportsTest.reports.render(new RenderRequest(project, generic, report, ReportFormat.DOCX, true), word);
		try (var zip = new java.util.zip.ZipFile(word.toFile())) {
			String headers = zip.stream().filter(e -> e.getName().matches("word/header\\d*\\.xml"))
					.map(e -> {
						try {
							return Outputs.zipEntry(word, e.getName());
						} catch (java.io.IOException x) {
							throw new java.io.UncheckedIOException(x);
						}
					}).reduce("", String::concat);
			assertTrue(headers.contains("INTERNT"), "Word's page header says so on every page");
		}
	}

	/**
	 * A draft with empty questions says so at the top, naming them, and marks each in place; a report marked finished
	 * leaves an unanswered question out; a draft with every answer carries no warning.
	 */
	@Test
	public void aDraftSaysWhatIsMissingAndAFinishedReportLeavesItOut() throws Exception {
		Templates.Installed generic = Templates.find("generic.final").orElseThrow();
		Project project = ReportsTest.project(ProjectKind.PROJECT);
		ReportInstance report = ReportInstances.create(project, generic.template(),
				project.getGrantedPeriod().getStart(), Fixtures.TODAY);
		List<String> missing = ReportInstances.missing(generic.template(), report, project);
		assertTrue(missing.size() > 1, missing.toString());
		Path draft = ReportsTest.OUT.resolve("draft.pdf");
		ReportsTest.reports.render(new RenderRequest(project, generic, report, ReportFormat.PDF, false), draft);
		String text = Outputs.text(draft);
		assertTrue(text.contains(Outputs.normalize("UTKAST – " + missing.size() + " frågor är ännu inte besvarade")),
				text);
		assertTrue(text.indexOf("UTKAST") < text.indexOf("Bakgrund"), "at the top, before the first section");
		assertTrue(text.contains("Historik") && text.contains("(Ej besvarad än.)"), text);
		Templates.Installed rar = Templates.find("rar.final").orElseThrow();
		Path rarDraft = ReportsTest.OUT.resolve("draft-rar.pdf");
		ReportsTest.reports.render(new RenderRequest(project, rar, ReportInstances.create(project, rar.template(),
				project.getGrantedPeriod().getStart(), Fixtures.TODAY), ReportFormat.PDF, false), rarDraft);
		String rarText = Outputs.text(rarDraft);
		assertTrue(rarText.contains("försörjning;"), "a question's own full stop is not kept in the list: " + rarText);

		report.setStatus(se.finsam.model.ReportStatus.COMPLETE);
		Path finished = ReportsTest.OUT.resolve("finished-unanswered.pdf");
		ReportsTest.reports.render(new RenderRequest(project, generic, report, ReportFormat.PDF, false), finished);
		String done = Outputs.text(finished);
		assertFalse(done.contains("UTKAST"), done);
		assertFalse(done.contains("Ej besvarad"), done);
		assertFalse(done.contains("Historik"), "the unanswered question is left out: " + done);
		assertTrue(done.contains("Resultat efter avslutsorsak"), "the computed parts stay: " + done);

		ReportInstance answered = ReportsTest.answered(project, generic);
		Path complete = ReportsTest.OUT.resolve("draft-answered.pdf");
		ReportsTest.reports.render(new RenderRequest(project, generic, answered, ReportFormat.PDF, false), complete);
		assertFalse(Outputs.text(complete).contains("UTKAST"), "nothing missing, no warning");
	}

	/** The goal's outcome and the outcome table use one base, all participants, and say so. */
	@Test
	public void aGoalsOutcomeAndTheOutcomeTableAgree() throws Exception {
		Templates.Installed generic = Templates.find("generic.final").orElseThrow();
		Project project = ReportsTest.project(ProjectKind.PROJECT);
		ReportInstance report = ReportsTest.answered(project, generic);
		Path pdf = ReportsTest.OUT.resolve("goals.pdf");
		ReportsTest.reports.render(new RenderRequest(project, generic, report, ReportFormat.PDF, true), pdf);
		String text = Outputs.text(pdf);
		ProjectStatistics stats = Statistics.compute(project, new StatsQuery(report.getPeriod().getStart(),
				report.getPeriod().getEnd(), false));
		Goal goal = project.getGoals().get(0);
		String share = Outputs.normalize(Formats.percent(stats.outcomes().positiveShare()));
		assertTrue(Outputs.normalize(goal.getOutcome()).startsWith(share + " av alla " + stats.outcomes().base()
				+ " deltagare"), goal.getOutcome() + " against " + share + " of " + stats.outcomes().base());
		assertTrue(text.contains(Outputs.normalize(goal.getOutcome())), "the goal's outcome in " + pdf);
		assertTrue(text.contains("Positivt resultat " + stats.outcomes().positive() + " " + share), text);
		assertTrue(text.contains("Andelar av samtliga " + stats.outcomes().base() + " deltagare under perioden"), text);
	}

	@Test
	public void theEvaluationReportHasSeed001sParts() throws Exception {
		Templates.Installed template = Templates.find("generic.evaluation").orElseThrow();
		Project project = withEvaluation("Typfall", "typfall.json");
		try {
			Path pdf = ReportsTest.OUT.resolve("seed-001.pdf");
			ReportsTest.reports.render(new RenderRequest(project, template, ReportsTest.answered(project, template),
					ReportFormat.PDF, false), pdf);
			String text = Outputs.text(pdf);
			EvaluationResult r = Calculator.compute(Calculator.read(project.getEvaluations().get(0).getInputs()),
					StandardValues.defaults());
			BigDecimal perParticipant = r.society().yearlyRevenue().divide(BigDecimal.valueOf(r.participants()), 0,
					RoundingMode.HALF_UP);
			for (String expected : List.of("Resultat per deltagare (" + r.participants() + " deltagare, kronor)",
					Formats.wholeKronor(perParticipant), "Kostnad mot intäkt år för år", "År " + r.years(),
					"Känslighet: ett antagande i taget", "Lönebidrag", "30,0 %",
					"Potential per år", "Utnyttjad potential", "Standardvärden och deras källor")) {
				assertTrue(text.contains(Outputs.normalize(expected)), expected + " in " + pdf);
			}
			assertFalse(text.contains("wageSubsidy"), "assumptions are named, not keyed");
			assertFalse(text.contains("låg, bas och hög"), "typfall.json has no scenarios");
			assertEquals(ReportInstances.parts(template.template()).stream()
					.filter(se.finsam.model.StatisticChart.class::isInstance).count(), Outputs.charts(pdf),
					"revenue per actor and revenue less cost per year, as vectors");
		} finally {
			ReportsTest.demo.getProjects().remove(project);
		}
	}

	@Test
	public void scenariosAreNamedInSwedish() throws Exception {
		Templates.Installed template = Templates.find("generic.evaluation").orElseThrow();
		Project project = withEvaluation("Samverkansteam", "samverkansteam.json");
		try {
			Path pdf = ReportsTest.OUT.resolve("scenarios.pdf");
			ReportsTest.reports.render(new RenderRequest(project, template, ReportsTest.answered(project, template),
					ReportFormat.PDF, false), pdf);
			String text = Outputs.text(pdf);
			for (String expected : List.of("Känslighet: ett antagande i taget, sedan låg, bas och hög", "Dödvikt",
					"Indirekt skatt", "Låg", "Hög")) {
				assertTrue(text.contains(expected), expected + " in " + pdf);
			}
			assertFalse(text.contains("deadweight") || text.contains("low "), "no keys");
		} finally {
			ReportsTest.demo.getProjects().remove(project);
		}
	}

	@Test
	public void rarsFinalReportPrintsOllesAvoidedCost() throws Exception {
		Templates.Installed rar = Templates.find("rar.final").orElseThrow();
		Project project = withEvaluation("Olle", "olle.json");
		try {
			Path pdf = ReportsTest.OUT.resolve("olle.pdf");
			ReportsTest.reports.render(new RenderRequest(project, rar, ReportsTest.answered(project, rar),
					ReportFormat.PDF, false), pdf);
			String text = Outputs.text(pdf);
			for (String expected : List.of("Undviken kostnad (RAR:s metod: åren före, räknade framåt)",
					"Person 1 Kommunen 195 000 kr 65 000 kr 325 000 kr",
					"Person 1 Försäkringskassan 81 000 kr 27 000 kr 135 000 kr",
					"Total undviken kostnad 460 000 kr")) {
				assertTrue(text.contains(expected), expected + " in " + pdf + ": " + text);
			}
			assertFalse(text.contains("Olle"), "people are numbered, never named");
		} finally {
			ReportsTest.demo.getProjects().remove(project);
		}
	}

	@Test
	public void theEvaluationPlanHasSeed003sPartsAndNoPeriod() throws Exception {
		Templates.Installed plan = Templates.find("rar.evaluationPlan").orElseThrow();
		Project project = ReportsTest.project(ProjectKind.PROJECT);
		Span none = ReportPeriods.defaultFor(plan.template().getKind(), project, Fixtures.TODAY);
		assertTrue(none.isNone());
		ReportInstance report = ReportsTest.answered(project, plan);
		report.setPeriod(null);
		Path pdf = ReportsTest.OUT.resolve("plan.pdf");
		ReportsTest.reports.render(new RenderRequest(project, plan, report, ReportFormat.PDF, false), pdf);
		String text = Outputs.text(pdf);
		assertInOrder(text, pdf, "Utvärderingsplan", "Insatsen", "Insatsens mål", "Utvärderingens syfte",
				"Utvärderingsfrågor", "Indikatorer och mått", "Datakällor", "Tidpunkter för uppföljning",
				"Vem utvärderar", "Utgångsläge", "Försörjning vid start (rader) och vid avslut (kolumner)",
				"Sysselsättning vid start (rader) och vid avslut (kolumner)", "Beslut");
		assertTrue(text.contains(Outputs.normalize(project.getGoals().get(0).getDescription())), text);
		assertFalse(text.contains("Utfall"), "a plan is written before any outcome");
		assertFalse(text.contains(" · period "), "no period under the title");
	}

	/** A copy of the demo project with one evaluation from docs/examples, added to the association. */
	private static Project withEvaluation(String name, String file) throws Exception {
		Project project = EcoreUtil.copy(ReportsTest.project(ProjectKind.PROJECT));
		Evaluation evaluation = FinsamFactory.eINSTANCE.createEvaluation();
		evaluation.setName(name);
		evaluation.setInputs(Files.readString(Path.of("../../docs/examples/" + file)));
		project.getEvaluations().add(evaluation);
		ReportsTest.demo.getProjects().add(project);
		return project;
	}

	private static void assertInOrder(String text, Path file, String... headings) {
		int at = 0;
		for (String heading : headings) {
			int next = text.indexOf(Outputs.normalize(heading), at);
			assertTrue(next >= 0, "\"" + heading + "\" after position " + at + " in " + file);
			at = next + heading.length();
		}
	}

	private static Span span(String from, String to) {
		return new Span(LocalDate.parse(from), LocalDate.parse(to));
	}
}
