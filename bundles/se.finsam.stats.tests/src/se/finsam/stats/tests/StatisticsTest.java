package se.finsam.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.finsam.model.BudgetAmount;
import se.finsam.model.BudgetLine;
import se.finsam.model.FinsamFactory;
import se.finsam.model.Gender;
import se.finsam.model.Participant;
import se.finsam.model.Project;
import se.finsam.stats.ProjectStatistics;
import se.finsam.stats.StatTable;
import se.finsam.stats.Statistics;
import se.finsam.stats.StatsQuery;
import se.finsam.testing.Fixtures;

/** The figures of the seeds, recomputed from participants and a budget built to match them. */
public class StatisticsTest {

	private static final LocalDate TODAY = Fixtures.TODAY;
	private static final FinsamFactory F = FinsamFactory.eINSTANCE;

	@BeforeAll
	public static void swedish() {
		Locale.setDefault(Locale.of("sv", "SE"));
	}

	/** Seed 002 (RESAM): 103 participants, 56 women, 47 men, 7.5 months, 60,2 % positive. */
	static Project resam() {
		Project p = F.createProject();
		p.setDiarienummer("2007:12");
		p.setName("RESAM");
		p.setContentLoaded(true);
		String[] reasons = { "REHAB", "SJUKFRANVARO", "AF", "FK", "AVHOPP", "SOC" };
		int[] counts = { 10, 2, 50, 34, 3, 4 };
		int n = 0;
		for (int r = 0; r < reasons.length; r++) {
			for (int i = 0; i < counts[r]; i++, n++) {
				Participant x = F.createParticipant();
				x.setCode("R" + n);
				x.setConsent(true);
				x.setGender(n < 56 ? Gender.FEMALE : Gender.MALE);
				x.setBirthYear(1960 + n % 30);
				x.setEnrolmentDate(LocalDate.of(2008, 11, 3).plusDays(n));
				x.setExitDate(x.getEnrolmentDate().plusDays(228)); // 7,49 months
				x.setExitReason(reasons[r]);
				x.setSupportAtStart(n % 2 == 0 ? "SJP" : "EB");
				x.setSupportAtExit(r <= 2 ? "LON" : "SJP");
				p.getParticipants().add(x);
			}
		}
		p.setBudget(F.createBudget());
		line(p, "PERSONAL", "Läkare 20 %", 2009, "300000", "280000");
		line(p, "PERSONAL", "Läkare 20 %", 2010, "300000", "310000");
		line(p, "LOKAL", "Lokalhyra", 2009, "60000", "58000");
		line(p, "LOKAL", "Lokalhyra", 2010, "60000", "60000");
		line(p, "RESOR", "Resor AF", 2010, "10000", "4500");
		return p;
	}

	private static void line(Project p, String category, String label, int year, String budget, String cost) {
		BudgetLine line = p.getBudget().getLines().stream().filter(l -> l.getLabel().equals(label)).findFirst()
				.orElseGet(() -> {
					BudgetLine l = F.createBudgetLine();
					l.setCategory(category);
					l.setLabel(label);
					p.getBudget().getLines().add(l);
					return l;
				});
		BudgetAmount a = F.createBudgetAmount();
		a.setYear(year);
		a.setBudget(new BigDecimal(budget));
		a.setAccumulatedCost(new BigDecimal(cost));
		line.getAmounts().add(a);
	}

	@Test
	public void theOutcomeDistributionOfSeed002() {
		ProjectStatistics s = Statistics.compute(resam(), StatsQuery.all(), se.finsam.model.codes.CodeLists.defaults(), TODAY);
		assertEquals(103, s.participants().total());
		assertEquals(56, s.participants().genders().get(0).count());
		assertEquals(47, s.participants().genders().get(1).count());
		assertEquals(new BigDecimal("7.5"), s.averageEnrolmentMonths());
		assertEquals(62, s.outcomes().positive());
		assertEquals(new BigDecimal("60.2"), s.outcomes().positiveShare());
		List<String> shares = s.outcomes().rows().stream().map(r -> r.share().toPlainString()).toList();
		assertEquals(List.of("9.7", "1.9", "48.5", "33.0", "3.9", "2.9"), shares);
		assertEquals(3, s.dropout().count());

		StatTable table = s.table("outcomes").orElseThrow();
		String text = render(table);
		assertTrue(text.contains("Till Arbetsförmedlingen (arbetssökande, studier, arbete, eget företag) | 50 | 48,5\u00a0%"), text);
		assertTrue(text.contains("Positivt resultat | 62 | 60,2\u00a0%"), text);
		assertTrue(text.contains("Minskad sjukfrånvaro | <5 | <5"), "2 persons are suppressed: " + text);
		assertTrue(table.note().contains("färre än 5"), table.note());
		assertTrue(table.note().contains("samtliga 103 deltagare"), table.note());
	}

	/** Seven withdrew their consent: in none of the figures, only counted in the note that explains the total. */
	@Test
	public void participantsWhoWithdrewConsentAreLeftOutAndCounted() {
		Project p = resam();
		for (int i = 0; i < 7; i++) {
			Participant x = p.getParticipants().get(20 + i); // women who went to Arbetsförmedlingen
			x.setConsentWithdrawn(LocalDate.of(2010, 5, 1));
			x.setConsent(false);
		}
		ProjectStatistics s = Statistics.compute(p, StatsQuery.all(), se.finsam.model.codes.CodeLists.defaults(), TODAY);
		assertEquals(96, s.participants().total());
		assertEquals(7, s.participants().withdrawn());
		assertEquals(49, s.participants().genders().get(0).count());
		assertEquals(43, s.outcomes().rows().get(2).count());
		String note = String.valueOf(s.table("participants").orElseThrow().note());
		assertTrue(note.contains("7") && note.contains("samtycke"), note);
	}

	@Test
	public void anInternalReportShowsSmallCounts() {
		ProjectStatistics s = Statistics.compute(resam(), new StatsQuery(null, null, false),
				se.finsam.model.codes.CodeLists.defaults(), TODAY);
		String text = render(s.table("outcomes").orElseThrow());
		assertTrue(text.contains("Minskad sjukfrånvaro | 2 | 1,9\u00a0%"), text);
		assertTrue(!s.table("outcomes").orElseThrow().note().contains("färre"), "nothing suppressed, nothing said");
	}

	@Test
	public void yearlyCostsAndBudgetFollowUp() {
		ProjectStatistics s = Statistics.compute(resam(), StatsQuery.all(), se.finsam.model.codes.CodeLists.defaults(), TODAY);
		assertEquals(List.of(2009, 2010), s.costs().years());
		var total = s.costs().rows().get(3);
		assertEquals(new BigDecimal("712500"), total.total());
		// Every participant was enrolled in 2009 or 2010: 712 500 / 103 = 6 917 kr.
		assertEquals(new BigDecimal("6917"), s.costs().totalCostPerParticipant());
		String costs = render(s.table("costs.yearly").orElseThrow());
		assertTrue(costs.contains("Personal | 280\u00a0000\u00a0kr | 310\u00a0000\u00a0kr | 590\u00a0000\u00a0kr"), costs);
		assertTrue(costs.contains("Övrigt | 0\u00a0kr | 4\u00a0500\u00a0kr | 4\u00a0500\u00a0kr"), costs);
		String budget = render(s.table("budget.lines").orElseThrow());
		assertTrue(budget.contains("Läkare 20 % | 600\u00a0000\u00a0kr | 590\u00a0000\u00a0kr | 10\u00a0000\u00a0kr"), budget);
		assertTrue(budget.contains("Summa kostnader | 730\u00a0000\u00a0kr | 712\u00a0500\u00a0kr | 17\u00a0500\u00a0kr"), budget);
	}

	@Test
	public void aPeriodCountsWhoWasEnrolledDuringIt() {
		Project p = resam();
		Participant late = p.getParticipants().get(0);
		late.setEnrolmentDate(LocalDate.of(2011, 3, 1));
		late.setExitDate(null);
		ProjectStatistics s = Statistics.compute(p, new StatsQuery(LocalDate.of(2011, 1, 1), LocalDate.of(2011, 6, 30), true),
				se.finsam.model.codes.CodeLists.defaults(), TODAY);
		assertEquals(1, s.participants().total());
		assertEquals(1, s.participants().active());
		assertEquals(0, s.participants().finished());
		assertEquals(1, s.outcomes().stillActive());
		assertTrue(s.costs().years().isEmpty(), "no costs in 2011");
		assertThrows(IllegalArgumentException.class,
				() -> new StatsQuery(LocalDate.of(2011, 2, 1), LocalDate.of(2011, 1, 1), true));
	}

	@Test
	public void supportFromStartToExit() {
		ProjectStatistics s = Statistics.compute(resam(), new StatsQuery(null, null, false),
				se.finsam.model.codes.CodeLists.defaults(), TODAY);
		var t = s.support();
		assertEquals(103, t.base());
		int sjp = index(t, "SJP");
		int lon = index(t, "LON");
		int eb = index(t, "EB");
		// The 62 with a positive outcome went to a wage; half of everyone started on sickness benefit.
		assertEquals(62, t.count(sjp, lon) + t.count(eb, lon));
		assertEquals(52, t.count(sjp, lon) + t.count(sjp, sjp));
		String text = render(s.table("support.transition").orElseThrow());
		assertTrue(text.startsWith("Vid start | Vid avslut | Antal | Andel\n"), text);
		assertTrue(text.contains("Sjukpenning | Lön | 31 | 30,1\u00a0%"), text);
		assertTrue(text.contains("Totalt |  | 103 | 100,0\u00a0%"), text);
	}

	/** Seed 002 splits the outcomes by gender: each share is of that group (the 56 women, the 47 men). */
	@Test
	public void outcomesByGenderAreSharesOfEachGroup() {
		ProjectStatistics s = Statistics.compute(resam(), new StatsQuery(null, null, false),
				se.finsam.model.codes.CodeLists.defaults(), TODAY);
		StatTable t = s.table("outcomes.gender").orElseThrow();
		assertEquals(List.of("Avslutsorsak", "Kvinnor", "Andel", "Män", "Andel"), t.columns());
		// The first 56 (women) left for rehabilitation, less sick leave and AF: all positive; 6 of the 47 men did.
		assertEquals("56 | 100,0\u00a0% | 6 | 12,8\u00a0%", row(t, "Positivt resultat"));
		assertEquals("0 | 0,0\u00a0% | 34 | 72,3\u00a0%", row(t, "Tillbaka till Försäkringskassan"));
		assertTrue(t.note().contains("alla kvinnor"), t.note());
	}

	/** Seed 003's compact before/after table: start in the rows, exit in the columns, totals both ways. */
	@Test
	public void theSupportMatrixHasStartInRowsAndExitInColumns() {
		ProjectStatistics s = Statistics.compute(resam(), new StatsQuery(null, null, false),
				se.finsam.model.codes.CodeLists.defaults(), TODAY);
		StatTable t = s.table("support.matrix").orElseThrow();
		// Even numbers started on sickness benefit; the first 62 left for a wage, the rest back to sickness benefit.
		assertEquals("21", cell(t, "Sjukpenning", "Sjukpenning"));
		assertEquals("31", cell(t, "Sjukpenning", "Lön"));
		assertEquals("52", cell(t, "Sjukpenning", "Totalt"));
		assertEquals("31", cell(t, "Ekonomiskt bistånd", "Lön"));
		assertEquals("103", cell(t, "Totalt", "Totalt"));
		assertEquals("62", cell(t, "Totalt", "Lön"));
		assertTrue(t.totalRow());
	}

	@Test
	public void theEmployerSectorOfThoseWhoWentToWork() {
		Project p = resam();
		String[] sectors = { "KOMMUN", "KOMMUN", "PRIVAT", "PRIVAT", "PRIVAT", "PRIVAT", null };
		for (int i = 0; i < sectors.length; i++) {
			Participant x = p.getParticipants().get(i * 5);
			x.setOccupationAtExit(i == 0 ? "ARBETE_STOD" : "ARBETE");
			if (sectors[i] != null) {
				x.getExtraAttributes().put(se.finsam.model.codes.CodeLists.EMPLOYER_SECTOR, sectors[i]);
			}
		}
		ProjectStatistics s = Statistics.compute(p, new StatsQuery(null, null, false),
				se.finsam.model.codes.CodeLists.defaults(), TODAY);
		assertEquals(7, s.employerSectors().toWork());
		assertEquals(6, s.employerSectors().recorded());
		StatTable t = s.table("employment.sector").orElseThrow();
		assertEquals("2 | 33,3\u00a0%", row(t, "Kommun"));
		assertEquals("4 | 66,7\u00a0%", row(t, "Privat sektor"));
		assertEquals("6 | 100,0\u00a0%", row(t, "Totalt"));
		assertTrue(t.note().contains("6 vars sektor är registrerad, av 7"), t.note());
		assertEquals("<5 | <5", row(Statistics.compute(p, StatsQuery.all(), se.finsam.model.codes.CodeLists.defaults(),
				TODAY).table("employment.sector").orElseThrow(), "Kommun"), "two people are not shown");
	}

	/** Seed 002's budget table: the cost of each year in its own column, then budget, accumulated cost, remaining. */
	@Test
	public void theBudgetWithTheCostOfEachYear() {
		ProjectStatistics s = Statistics.compute(resam(), StatsQuery.all(), se.finsam.model.codes.CodeLists.defaults(), TODAY);
		StatTable t = s.table("budget.years").orElseThrow();
		assertEquals("Kostnad 2009", t.columns().get(1));
		assertEquals("Kostnad 2010", t.columns().get(2));
		assertEquals("280\u00a0000\u00a0kr | 310\u00a0000\u00a0kr | 600\u00a0000\u00a0kr | 590\u00a0000\u00a0kr | 10\u00a0000\u00a0kr",
				row(t, "Läkare 20 %"));
		assertEquals("338\u00a0000\u00a0kr | 374\u00a0500\u00a0kr | 730\u00a0000\u00a0kr | 712\u00a0500\u00a0kr | 17\u00a0500\u00a0kr",
				row(t, "Summa kostnader"));
	}

	/** The dropout the project reported itself: its share hides with its count, even when only the share is typed. */
	@Test
	public void aReportedDropoutShareNeverTellsASmallCount() {
		Project p = resam();
		se.finsam.model.Dropout reported = F.createDropout();
		reported.setCount(4);
		reported.setShare(new BigDecimal("3.9"));
		p.setDropout(reported);
		ProjectStatistics s = Statistics.compute(p, StatsQuery.all(), se.finsam.model.codes.CodeLists.defaults(), TODAY);
		assertEquals("<5 | <5", row(s.table("dropout").orElseThrow(), "Bortfall enligt insatsen"));
		reported.setCount(null);
		s = Statistics.compute(p, StatsQuery.all(), se.finsam.model.codes.CodeLists.defaults(), TODAY);
		assertEquals(" | <5", row(s.table("dropout").orElseThrow(), "Bortfall enligt insatsen"), "3,9 % of 103 is 4");
		reported.setShare(new BigDecimal("9.7"));
		s = Statistics.compute(p, StatsQuery.all(), se.finsam.model.codes.CodeLists.defaults(), TODAY);
		assertEquals(" | 9,7\u00a0%", row(s.table("dropout").orElseThrow(), "Bortfall enligt insatsen"));
	}

	/** The cells after the label of the row that has it, as "a | b". */
	private static String row(StatTable t, String label) {
		return t.rows().stream().filter(r -> r.get(0).text().equals(label)).findFirst()
				.map(r -> String.join(" | ", r.subList(1, r.size()).stream().map(StatTable.Cell::text).toList()))
				.orElseThrow(() -> new AssertionError("no row " + label + " in\n" + render(t)));
	}

	private static String cell(StatTable t, String row, String column) {
		int c = t.columns().indexOf(column);
		assertTrue(c > 0, "no column " + column + " in " + t.columns());
		return t.rows().stream().filter(r -> r.get(0).text().equals(row)).findFirst()
				.map(r -> r.get(c).text()).orElseThrow(() -> new AssertionError("no row " + row + " in\n" + render(t)));
	}

	private static int index(ProjectStatistics.Transition t, String code) {
		for (int i = 0; i < t.categories().size(); i++) {
			if (t.categories().get(i).code().equals(code)) {
				return i;
			}
		}
		throw new AssertionError(code);
	}

	/** Header and rows as "a | b | c" lines. */
	static String render(StatTable t) {
		StringBuilder out = new StringBuilder(String.join(" | ", t.columns())).append('\n');
		for (var row : t.rows()) {
			out.append(String.join(" | ", row.stream().map(StatTable.Cell::text).toList())).append('\n');
		}
		return out.toString();
	}
}
