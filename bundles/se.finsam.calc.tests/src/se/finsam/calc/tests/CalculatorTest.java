package se.finsam.calc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.calc.Actor;
import se.finsam.calc.CalcException;
import se.finsam.calc.Calculator;
import se.finsam.calc.EvaluationResult;
import se.finsam.calc.Situation;
import se.finsam.calc.StandardValues;

/** The seeds' figures from the example files in docs/examples, properties of the model, and bad input. */
public class CalculatorTest {

	static final Path EXAMPLES = Path.of(System.getProperty("finsam.examples", "../../docs/examples"));
	static StandardValues values;

	@BeforeAll
	public static void setUp() throws CalcException {
		Locale.setDefault(Locale.of("sv", "SE"));
		values = StandardValues.defaults();
	}

	static EvaluationResult compute(String json) throws CalcException {
		return Calculator.compute(Calculator.read(json), values);
	}

	static EvaluationResult example(String name) throws CalcException, IOException {
		return compute(Files.readString(EXAMPLES.resolve(name)));
	}

	static BigDecimal mkr(BigDecimal kronor) {
		return kronor.movePointLeft(6).setScale(2, RoundingMode.HALF_UP);
	}

	@Test
	public void olleAvoids460000() throws Exception {
		EvaluationResult r = example("olle.json");
		assertEquals(0, new BigDecimal("325000").compareTo(r.avoidedCost().get(Actor.KOMMUN)));
		assertEquals(0, new BigDecimal("135000").compareTo(r.avoidedCost().get(Actor.FK)));
		assertEquals(0, new BigDecimal("460000").compareTo(r.avoidedCostTotal()));
	}

	@Test
	public void samverkansteametAsPayoffReportedIt() throws Exception {
		EvaluationResult r = example("samverkansteam.json");
		assertEquals(0, new BigDecimal("7500000").compareTo(r.cost()), "6 mkr raised by the indirect tax");
		BigDecimal payback = r.society().paybackMonths();
		assertTrue(payback.compareTo(BigDecimal.valueOf(34)) >= 0 && payback.compareTo(BigDecimal.valueOf(35)) <= 0,
				"payback " + payback);
		BigDecimal first = mkr(r.society().profitabilityFirstYear());
		assertTrue(first.compareTo(new BigDecimal("-4.90")) >= 0 && first.compareTo(new BigDecimal("-4.80")) <= 0,
				"after one year " + first);
		assertEquals(new BigDecimal("5.70"), mkr(r.society().profitabilityAfterYears()), "after five years");
		assertEquals(15, r.sensitivity().size(), "3 assumptions × 5 values");
		assertEquals(0, payback.compareTo(r.sensitivity().get(2).paybackMonths()), "the base value reproduces the base");
		assertTrue(r.scenarios().get("low").profitabilityAfterYears().compareTo(r.society().profitabilityAfterYears()) < 0);
		assertEquals(0, r.scenarios().get("high").profitabilityAfterYears().compareTo(r.society().profitabilityAfterYears()));
	}

	static final String TYPE_CASES = """
			{ "name": "Typfall", "year": 2024, "participants": %d, "projectCost": %d, "years": 5, "discountRate": %s,
			  "typeCases": {
			    "before": { "supports": [ { "code": "EB", "share": 0.5 }, { "code": "SJP", "share": 0.375 },
			                              { "code": "AKS", "share": 0.125 } ],
			                "resources": { "region": 40000, "kommun": 30000, "fk": 15000, "af": 15000 } },
			    "after": [
			      { "name": "I arbete", "share": 0.3, "workExtent": 0.75, "wageSubsidy": 0.5, "resourceChange": -0.2 },
			      { "name": "Mår bättre", "share": 0.4, "supports": [ { "code": "AKS" } ] },
			      { "name": "Oförändrad", "share": 0.3, "supports": [ { "code": "EB", "share": 0.5 },
			          { "code": "SJP", "share": 0.375 }, { "code": "AKS", "share": 0.125 } ] } ] } }
			""";

	@Test
	public void typeCasesGivePerActorResultsThatAddUpAndScale() throws Exception {
		EvaluationResult one = compute(TYPE_CASES.formatted(80, 6_000_000, "0"));
		BigDecimal actors = one.actors().stream().map(a -> a.yearlyRevenue()).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertEquals(0, actors.compareTo(one.society().yearlyRevenue()), "society is the sum of the actors");
		assertTrue(one.actors().stream().anyMatch(a -> a.actor() == Actor.AF && a.yearlyRevenue().signum() < 0),
				"the wage subsidy and activity support cost Arbetsförmedlingen");
		assertNull(one.actors().stream().filter(a -> a.actor() == Actor.AF).findFirst().orElseThrow().paybackMonths(),
				"negative revenue: no payback");
		assertTrue(one.potentialUsed().signum() > 0 && one.potentialUsed().compareTo(BigDecimal.ONE) < 0);
		assertTrue(one.assumptions().stream().anyMatch(v -> v.key().equals("averageMonthlyWage") && !v.source().isBlank()));

		EvaluationResult twice = compute(TYPE_CASES.formatted(160, 12_000_000, "0"));
		assertEquals(0, one.society().yearlyRevenue().multiply(BigDecimal.TWO).compareTo(twice.society().yearlyRevenue()));
		assertEquals(0, one.cost().multiply(BigDecimal.TWO).compareTo(twice.cost()));
		assertEquals(0, one.society().paybackMonths().compareTo(twice.society().paybackMonths()), "payback unchanged");

		BigDecimal fiveYears = one.society().yearlyRevenue().multiply(BigDecimal.valueOf(5));
		assertEquals(0, fiveYears.compareTo(one.society().presentValue()), "discount rate 0 is the plain sum");
		EvaluationResult discounted = compute(TYPE_CASES.formatted(80, 6_000_000, "0.035"));
		assertTrue(discounted.society().presentValue().compareTo(one.society().presentValue()) < 0);
	}

	@Test
	public void noRevenueNoPaybackAndNoParticipantsNoDivision() throws Exception {
		EvaluationResult zero = compute("""
				{ "year": 2024, "participants": 10, "projectCost": 1000000, "yearlyRevenue": { "society": 0 } }""");
		assertNull(zero.society().paybackMonths());
		EvaluationResult empty = compute(TYPE_CASES.formatted(0, 1_000_000, "0"));
		assertEquals(0, empty.society().yearlyRevenue().signum());
		assertNull(empty.society().paybackMonths());
		assertNull(empty.potentialUsed());
	}

	@Test
	public void badInputNamesTheField() {
		assertEquals("typeCases.after[*].share blir tillsammans 90 %; de måste bli 100 %.", message(
				TYPE_CASES.formatted(80, 1, "0").replace("\"share\": 0.4, \"supports\"", "\"share\": 0.3, \"supports\"")));
		assertEquals("participants är -3: det kan inte vara negativt.", message("""
				{ "year": 2024, "participants": -3, "yearlyRevenue": { "society": 1 } }"""));
		assertEquals("costShares.kommun är 25: en andel måste vara mellan 0 och 1 (25 % är 0.25).", message("""
				{ "year": 2024, "participants": 3, "costShares": { "kommun": 25 }, "yearlyRevenue": { "society": 1 } }"""));
		assertTrue(message("{ \"year\": 2024, ").startsWith("Utvärderingen är inte giltig JSON"));
		assertEquals("Okänd försörjning \"XYZ\"; standardvärdena känner till: EB, SJP, SA, AKS, AKASSA, STUD.",
				message(TYPE_CASES.formatted(80, 1, "0").replace("\"code\": \"AKS\" }", "\"code\": \"XYZ\" }")));
	}

	@Test
	public void individualLevelModeUsesEachParticipantsOwnSituations() throws Exception {
		var evaluation = Calculator.readForParticipants("""
				{ "year": 2024, "participants": 0, "projectCost": 100000, "indirectTax": 0.25 }""");
		Situation onWelfare = new Situation("EB", 100, "INGEN");
		Situation working = new Situation("LON", 100, "ARBETE");
		List<Situation.Change> same = List.of(new Situation.Change(onWelfare, onWelfare));
		EvaluationResult nothing = Calculator.compute(evaluation, same, values);
		assertEquals(0, nothing.society().yearlyRevenue().signum(), "no change, no revenue");
		assertNull(nothing.society().paybackMonths());

		List<Situation.Change> toWork = java.util.Collections.nCopies(10, new Situation.Change(onWelfare, working));
		EvaluationResult r = Calculator.compute(evaluation, toWork, values);
		assertEquals(10, r.participants());
		BigDecimal welfare = values.get("support.EB.monthly", 2024).multiply(BigDecimal.valueOf(12 * 10));
		BigDecimal kommun = r.actors().stream().filter(a -> a.actor() == Actor.KOMMUN).findFirst().orElseThrow()
				.yearlyRevenue();
		assertTrue(kommun.compareTo(welfare) > 0, "the kommun saves the welfare and gains the tax: " + kommun);
		BigDecimal wages = values.get("averageMonthlyWage", 2024).multiply(BigDecimal.valueOf(12 * 10))
				.multiply(BigDecimal.ONE.add(values.get("employerFee", 2024)));
		assertEquals(0, wages.compareTo(r.society().yearlyRevenue()), "society gains the production, nothing else");
		assertTrue(r.assumptions().stream().anyMatch(v -> v.key().equals("wageSubsidy.typical")));
	}

	@Test
	public void amountsAreMovedBetweenYearsWithTheKpi() throws Exception {
		BigDecimal wage2023 = values.get("averageMonthlyWage", 2023);
		BigDecimal wage2024 = values.get("averageMonthlyWage", 2024);
		assertEquals(0, new BigDecimal("38800").compareTo(wage2023));
		assertTrue(wage2024.compareTo(wage2023) > 0, "indexed with the KPI: " + wage2024);
		assertEquals(0, values.get("employerFee", 2026).compareTo(new BigDecimal("0.3142")), "rates are not indexed");
		CalcException missing = assertThrows(CalcException.class, () -> values.get("averageMonthlyWage", 2031));
		assertEquals("Standardvärdena har inget KPI för 2031 (de omfattar 2014–2025); lägg till året under \"kpi\".",
				missing.getMessage(), "a missing year is named, not guessed");
	}

	@Test
	public void aForbundsOwnFileInTheDataLocationOverridesAValue(@TempDir Path data) throws Exception {
		Files.writeString(data.resolve(StandardValues.OWN_FILE), """
				{ "values": [ { "key": "averageMonthlyWage", "year": 2023, "value": 40000, "indexed": true,
				  "source": "Förbundets egen lönestatistik" } ] }""");
		StandardValues own = StandardValues.forDataLocation(data);
		assertEquals(0, new BigDecimal("40000").compareTo(own.get("averageMonthlyWage", 2023)));
		assertEquals("Förbundets egen lönestatistik", own.entry("averageMonthlyWage", 2023).source());
		assertEquals(0, values.get("employerFee", 2024).compareTo(own.get("employerFee", 2024)), "the rest is shipped");
		assertEquals(0, new BigDecimal("38800").compareTo(
				StandardValues.forDataLocation(data.resolve("saknas")).get("averageMonthlyWage", 2023)));
	}

	private static String message(String json) {
		return assertThrows(CalcException.class, () -> compute(json)).getMessage();
	}
}
