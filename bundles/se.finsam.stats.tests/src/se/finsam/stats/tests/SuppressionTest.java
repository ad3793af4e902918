package se.finsam.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.finsam.model.CodeEntry;
import se.finsam.model.FinsamFactory;
import se.finsam.model.Gender;
import se.finsam.model.Participant;
import se.finsam.model.Project;
import se.finsam.model.codes.CodeLists;
import se.finsam.stats.ProjectStatistics;
import se.finsam.stats.StatTable;
import se.finsam.stats.StatTable.Cell;
import se.finsam.stats.Statistics;
import se.finsam.stats.StatsJson;
import se.finsam.stats.StatsQuery;
import se.finsam.stats.internal.LinearAudit;
import se.finsam.testing.Fixtures;

/**
 * Suppression that holds against arithmetic. For many random projects, the published tables are read as a reader
 * would: every shown count is known, every hidden one ("<5", "..") and every figure no table shows is unknown, and
 * the sums a reader knows hold between them (restated here from what the tables mean, not taken from the
 * implementation). Solving that linear system must not give any count shown as "<5"; nor may the bounds "<5" gives
 * (1 to 4) pin one within a single sum. Shares hide with their counts and bases; JSON hides what the tables hide.
 */
public class SuppressionTest {

	private static final FinsamFactory F = FinsamFactory.eINSTANCE;
	private static CodeLists codes;

	@BeforeAll
	public static void swedish() {
		Locale.setDefault(Locale.of("sv", "SE"));
		codes = CodeLists.defaults();
	}

	@Test
	public void theAuditSolvesSums() {
		// a + b = t with t and b known: a follows; with b hidden too, neither does
		List<Map<String, Integer>> sums = List.of(Map.of("a", 1, "b", 1, "t", -1));
		assertEquals(Set.of("a"), LinearAudit.determined(sums, Set.of("a")));
		assertEquals(Set.of(), LinearAudit.determined(sums, Set.of("a", "b")));
		// a cross table: one hidden cell with its row and column margins known follows; four in a rectangle do not
		List<Map<String, Integer>> table = List.of(Map.of("a", 1, "b", 1, "r1", -1), Map.of("c", 1, "d", 1, "r2", -1),
				Map.of("a", 1, "c", 1, "k1", -1), Map.of("b", 1, "d", 1, "k2", -1));
		assertEquals(Set.of("a", "b"), LinearAudit.determined(table, Set.of("a", "b")));
		assertEquals(Set.of(), LinearAudit.determined(table, Set.of("a", "b", "c", "d")));
		// a hidden total with hidden parts: the differences are known, not the values
		assertEquals(Set.of(), LinearAudit.determined(sums, Set.of("a", "b", "t")));
	}

	/** The demo's RESAM: 61 − 9 − 49 = 3 no longer works, nor anything like it. */
	@Test
	public void aHiddenCountCannotBeComputedFromTheSeedLikeProject() {
		ProjectStatistics s = Statistics.compute(StatisticsTest.resam(), StatsQuery.all(), codes, Fixtures.TODAY);
		assertReaderLearnsNothing(s, "RESAM");
		String outcomes = s.table("outcomes").orElseThrow().rows().toString();
		assertTrue(outcomes.contains("<5"), outcomes);
	}

	@Test
	public void manyRandomProjectsLeakNoSmallCount() {
		Random random = new Random(20261201);
		int hiddenSeen = 0;
		for (int i = 0; i < 300; i++) {
			Project p = randomProject(random, i);
			ProjectStatistics s = Statistics.compute(p, StatsQuery.all(), codes, Fixtures.TODAY);
			hiddenSeen += assertReaderLearnsNothing(s, "project " + i + " (" + p.getParticipants().size() + ")");
		}
		assertTrue(hiddenSeen > 1000, "the projects did have small groups: " + hiddenSeen);
	}

	@Test
	public void internalFiguresHideNothing() {
		ProjectStatistics s = Statistics.compute(StatisticsTest.resam(), new StatsQuery(null, null, false), codes,
				Fixtures.TODAY);
		for (StatTable t : s.tables()) {
			for (List<Cell> row : t.rows()) {
				assertTrue(row.stream().noneMatch(Cell::suppressed), t.id() + ": " + row);
			}
		}
	}

	/** Returns how many counts were shown as "<5". */
	private static int assertReaderLearnsNothing(ProjectStatistics s, String what) {
		Reader reader = new Reader(s);
		Set<String> small = reader.small;
		Set<String> unknown = new HashSet<>(reader.hidden);
		unknown.addAll(reader.unshown);
		Set<String> learnt = LinearAudit.determined(reader.sums, unknown);
		learnt.retainAll(small);
		assertTrue(learnt.isEmpty(), what + ": a reader computes " + learnt + " from " + reader.known + "; decided "
				+ s.disclosure().hidden());
		for (Map<String, Integer> sum : reader.sums) {
			String pinned = reader.pinnedByBounds(sum);
			assertTrue(pinned == null, what + ": the bounds of <5 give " + pinned + " in " + sum);
		}
		assertSharesHideWithCounts(s, what);
		assertJsonHidesWhatTablesHide(s, reader, what);
		assertCostPerParticipantHidesSmallYears(s, what);
		return small.size();
	}

	private static void assertSharesHideWithCounts(ProjectStatistics s, String what) {
		for (StatTable t : s.tables()) {
			int share = t.columns().indexOf("Andel");
			if (share < 1 || t.id().equals("outcomes.gender")) {
				continue;
			}
			for (List<Cell> row : t.rows()) {
				if (row.get(share - 1).suppressed()) {
					assertTrue(row.get(share).suppressed() || row.get(share).text().isEmpty(),
							what + " " + t.id() + ": a share tells its count " + row);
				}
			}
		}
	}

	private static void assertJsonHidesWhatTablesHide(ProjectStatistics s, Reader reader, String what) {
		Map<String, Object> json = StatsJson.of(s);
		@SuppressWarnings("unchecked")
		Map<String, Object> participants = (Map<String, Object>) json.get("participants");
		assertEquals(reader.hidden.contains("T"), participants.get("total") instanceof String, what + " total");
		assertEquals(reader.hidden.contains("FIN"), participants.get("finished") instanceof String, what + " finished");
		@SuppressWarnings("unchecked")
		Map<String, Object> outcomes = (Map<String, Object>) json.get("outcomes");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> reasons = (List<Map<String, Object>>) outcomes.get("byExitReason");
		for (Map<String, Object> r : reasons) {
			String key = "R:" + r.get("label");
			if (reader.known.containsKey(key) || reader.hidden.contains(key)) {
				assertEquals(reader.hidden.contains(key), r.get("count") instanceof String, what + " " + key);
				assertEquals(reader.hidden.contains(key) || reader.hidden.contains("T"), r.get("share") instanceof String,
						what + " share " + key);
			}
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> dropout = (Map<String, Object>) json.get("dropout");
		Object reported = dropout.get("reportedCount");
		assertTrue(!(reported instanceof Integer n) || n == 0 || n >= 5, what + ": reported dropout " + reported);
	}

	private static void assertCostPerParticipantHidesSmallYears(ProjectStatistics s, String what) {
		StatTable costs = s.table("costs.yearly").orElseThrow();
		List<Cell> perParticipant = costs.rows().get(costs.rows().size() - 1);
		for (int i = 0; i < s.costs().years().size(); i++) {
			int enrolled = s.costs().participantsPerYear().get(i);
			if (enrolled > 0 && enrolled < 5 && perParticipant.get(i + 1).value() != null) {
				throw new AssertionError(what + ": the cost per participant of " + s.costs().years().get(i)
						+ " tells that " + enrolled + " were enrolled");
			}
		}
	}

	/** What a reader of every table knows: the shown counts, which are hidden, and the sums between them. */
	private static final class Reader {

		final Map<String, Integer> known = new LinkedHashMap<>();
		final Set<String> hidden = new HashSet<>();
		final Set<String> small = new HashSet<>();
		final Set<String> unshown = new HashSet<>();
		final List<Map<String, Integer>> sums = new ArrayList<>();

		Reader(ProjectStatistics s) {
			Map<String, Cell> participants = byLabel(s.table("participants").orElseThrow(), 1);
			read("T", participants.get("Deltagare under perioden"));
			read("W", participants.get("varav kvinnor"));
			read("M", participants.get("varav män"));
			boolean unspecified = participants.containsKey("kön ej angivet");
			if (unspecified) {
				read("U", participants.get("kön ej angivet"));
			}
			read("ACT", participants.get("Inskrivna vid periodens slut"));
			read("FIN", participants.get("Avslutade under perioden"));
			sum("T", unspecified ? List.of("W", "M", "U") : List.of("W", "M"));
			sum("T", List.of("ACT", "FIN"));
			Map<String, Cell> ages = byLabel(s.table("participants.age").orElseThrow(), 1);
			List<String> ageKeys = new ArrayList<>();
			ages.forEach((label, cell) -> {
				if (!label.equals("Totalt")) {
					read("AGE:" + label, cell);
					ageKeys.add("AGE:" + label);
				}
			});
			sum("T", ageKeys);

			StatTable outcomeTable = s.table("outcomes").orElseThrow();
			Map<String, Cell> outcomes = byLabel(outcomeTable, 1);
			List<String> reasons = new ArrayList<>();
			List<String> positives = new ArrayList<>();
			for (CodeEntry r : codes.entries(CodeLists.EXIT_REASON)) {
				String label = CodeLists.label(r);
				if (outcomes.containsKey(label)) {
					read("R:" + label, outcomes.get(label));
					reasons.add(label);
					if (r.isPositive()) {
						positives.add("R:" + label);
					}
				}
			}
			readOrZero("MISS", outcomes.get("Avslutsorsak saknas"));
			same("ACT", outcomes.get("Ej avslutade"));
			same("T", outcomes.get("Totalt"));
			read("POS", outcomes.get("Positivt resultat"));
			sum("POS", positives);
			List<String> left = new ArrayList<>(reasons.stream().map(l -> "R:" + l).toList());
			left.add("MISS");
			sum("FIN", left);

			StatTable byGender = s.table("outcomes.gender").orElseThrow();
			List<String> groups = new ArrayList<>(List.of("W", "M"));
			for (int g = 0; g < 2; g++) {
				String gk = groups.get(g);
				Map<String, Cell> cells = byLabel(byGender, 1 + 2 * g);
				List<String> parts = new ArrayList<>();
				List<String> pos = new ArrayList<>();
				for (String label : reasons) {
					read(gk + "R:" + label, cells.get(label));
					parts.add(gk + "R:" + label);
					if (positives.contains("R:" + label)) {
						pos.add(gk + "R:" + label);
					}
				}
				read(gk + "POS", cells.get("Positivt resultat"));
				same(gk, cells.get("Totalt"));
				sum(gk + "POS", pos);
				unshown.addAll(List.of(gk + "MISS", gk + "ACT"));
				parts.addAll(List.of(gk + "MISS", gk + "ACT"));
				sum(gk, parts);
			}
			if (unspecified) {
				groups.add("U");
				List<String> parts = new ArrayList<>();
				for (String label : reasons) {
					unshown.add("UR:" + label);
					parts.add("UR:" + label);
				}
				unshown.addAll(List.of("UMISS", "UACT"));
				parts.addAll(List.of("UMISS", "UACT"));
				sum("U", parts);
			}
			for (String label : reasons) {
				sum("R:" + label, groups.stream().map(g -> g + "R:" + label).toList());
			}
			sum("MISS", groups.stream().map(g -> g + "MISS").toList());
			sum("ACT", groups.stream().map(g -> g + "ACT").toList());

			matrix(s.table("support.matrix").orElseThrow(), "SUP");
			matrix(s.table("occupation.matrix").orElseThrow(), "OCC");
			StatTable sectors = s.table("employment.sector").orElseThrow();
			if (sectors.totalRow()) {
				List<String> parts = new ArrayList<>();
				byLabel(sectors, 1).forEach((label, cell) -> {
					if (!label.equals("Totalt")) {
						read("S:" + label, cell);
						parts.add("S:" + label);
					}
				});
				read("REC", byLabel(sectors, 1).get("Totalt"));
				sum("REC", parts);
			}
		}

		private void matrix(StatTable t, String prefix) {
			int columns = t.columns().size();
			List<String> rowTotals = new ArrayList<>();
			List<List<String>> byColumn = new ArrayList<>();
			for (int c = 1; c < columns - 1; c++) {
				byColumn.add(new ArrayList<>());
			}
			for (int r = 0; r < t.rows().size() - 1; r++) {
				List<Cell> row = t.rows().get(r);
				String from = row.get(0).text();
				List<String> cells = new ArrayList<>();
				for (int c = 1; c < columns - 1; c++) {
					String key = prefix + ":" + from + ">" + t.columns().get(c);
					readOrZero(key, row.get(c));
					cells.add(key);
					byColumn.get(c - 1).add(key);
				}
				read(prefix + ":from:" + from, row.get(columns - 1));
				sum(prefix + ":from:" + from, cells);
				rowTotals.add(prefix + ":from:" + from);
			}
			List<Cell> totals = t.rows().get(t.rows().size() - 1);
			for (int c = 1; c < columns - 1; c++) {
				String key = prefix + ":to:" + t.columns().get(c);
				read(key, totals.get(c));
				sum(key, byColumn.get(c - 1));
			}
			read(prefix + ":base", totals.get(columns - 1));
			sum(prefix + ":base", rowTotals);
		}

		private static Map<String, Cell> byLabel(StatTable t, int column) {
			Map<String, Cell> cells = new LinkedHashMap<>();
			for (List<Cell> row : t.rows()) {
				cells.put(row.get(0).text(), row.get(column));
			}
			return cells;
		}

		private void read(String key, Cell cell) {
			if (cell.suppressed()) {
				hidden.add(key);
				if (cell.text().equals("<5")) {
					small.add(key);
				}
			} else {
				known.put(key, cell.value() == null ? 0 : cell.value().intValueExact());
			}
		}

		/** The same figure in another table is shown, or hidden, the same way. */
		private void same(String key, Cell cell) {
			if (cell != null) {
				assertEquals(hidden.contains(key), cell.suppressed(), key + " hidden in one table, shown in another");
			}
		}

		/** A row a table leaves out, or an empty matrix cell, is a zero the reader knows. */
		private void readOrZero(String key, Cell cell) {
			if (cell == null || cell.text().isEmpty()) {
				known.put(key, 0);
			} else {
				read(key, cell);
			}
		}

		private void sum(String total, List<String> parts) {
			Map<String, Integer> relation = new HashMap<>();
			parts.forEach(p -> relation.merge(p, 1, Integer::sum));
			relation.merge(total, -1, Integer::sum);
			sums.add(relation);
		}

		/**
		 * In one sum whose total is known: the hidden parts' sum is known; a "<5" is 1–4 and any other hidden
		 * part at least 0. A "<5" is pinned when only one value of it fits.
		 */
		String pinnedByBounds(Map<String, Integer> sum) {
			List<String> hiddenParts = sum.keySet().stream().filter(k -> hidden.contains(k) || unshown.contains(k))
					.toList();
			if (hiddenParts.isEmpty() || hiddenParts.stream().anyMatch(k -> sum.get(k) < 0)) {
				return null;
			}
			int rest = 0;
			for (Map.Entry<String, Integer> e : sum.entrySet()) {
				if (!hiddenParts.contains(e.getKey())) {
					rest -= e.getValue() * known.get(e.getKey());
				}
			}
			for (String candidate : hiddenParts) {
				if (!small.contains(candidate)) {
					continue;
				}
				Set<Integer> possible = new HashSet<>();
				for (int v = 1; v <= 4; v++) {
					int others = rest - v;
					long smallOthers = hiddenParts.stream().filter(k -> !k.equals(candidate) && small.contains(k))
							.count();
					boolean open = hiddenParts.stream().anyMatch(k -> !k.equals(candidate) && !small.contains(k));
					if (others >= smallOthers && (open || others <= 4 * smallOthers)) {
						possible.add(v);
					}
				}
				if (possible.size() < 2) {
					return candidate + " (only " + possible + ")";
				}
			}
			return null;
		}
	}

	/** A project of random size and make-up, with rare exit reasons and categories to make small groups. */
	private static Project randomProject(Random random, int seed) {
		Project p = F.createProject();
		p.setDiarienummer("2024:" + seed);
		p.setName("Slump " + seed);
		p.setContentLoaded(true);
		List<CodeEntry> reasons = codes.entries(CodeLists.EXIT_REASON).stream().filter(e -> !e.isObsolete()).toList();
		List<CodeEntry> support = codes.entries(CodeLists.SUPPORT);
		List<CodeEntry> occupation = codes.entries(CodeLists.OCCUPATION);
		int n = 3 + random.nextInt(random.nextBoolean() ? 30 : 150);
		double[] reasonWeights = weights(random, reasons.size());
		for (int i = 0; i < n; i++) {
			Participant x = F.createParticipant();
			x.setCode("X" + i);
			x.setConsent(true);
			double g = random.nextDouble();
			x.setGender(g < 0.48 ? Gender.FEMALE : g < 0.96 ? Gender.MALE : Gender.UNSPECIFIED);
			x.setBirthYear(1958 + random.nextInt(50));
			x.setEnrolmentDate(LocalDate.of(2022, 1, 1).plusDays(random.nextInt(900)));
			if (random.nextDouble() < 0.8) {
				x.setExitDate(x.getEnrolmentDate().plusDays(30 + random.nextInt(400)));
				if (x.getExitDate().isAfter(Fixtures.TODAY)) {
					x.setExitDate(null);
				} else if (random.nextDouble() < 0.95) {
					x.setExitReason(reasons.get(pick(random, reasonWeights)).getCode());
				}
			}
			x.setSupportAtStart(support.get(random.nextInt(Math.min(4, support.size()))).getCode());
			x.setOccupationAtStart(occupation.get(random.nextInt(Math.min(3, occupation.size()))).getCode());
			if (x.getExitDate() != null) {
				x.setSupportAtExit(support.get(random.nextInt(support.size())).getCode());
				x.setOccupationAtExit(occupation.get(random.nextInt(occupation.size())).getCode());
			}
			p.getParticipants().add(x);
		}
		if (random.nextInt(4) == 0) {
			var dropout = F.createDropout();
			dropout.setCount(random.nextInt(8));
			p.setDropout(dropout);
		}
		p.setBudget(F.createBudget());
		var line = F.createBudgetLine();
		line.setCategory("PERSONAL");
		line.setLabel("Projektledare");
		for (int year = 2022; year <= 2025; year++) {
			var amount = F.createBudgetAmount();
			amount.setYear(year);
			amount.setBudget(new BigDecimal(500_000));
			amount.setAccumulatedCost(new BigDecimal(400_000 + year));
			line.getAmounts().add(amount);
		}
		p.getBudget().getLines().add(line);
		return p;
	}

	private static double[] weights(Random random, int n) {
		double[] w = new double[n];
		for (int i = 0; i < n; i++) {
			w[i] = random.nextDouble() < 0.4 ? 0.02 : random.nextDouble();
		}
		return w;
	}

	private static int pick(Random random, double[] weights) {
		double total = 0;
		for (double w : weights) {
			total += w;
		}
		double x = random.nextDouble() * total;
		for (int i = 0; i < weights.length; i++) {
			x -= weights[i];
			if (x <= 0) {
				return i;
			}
		}
		return weights.length - 1;
	}
}
