package se.finsam.bench.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.osgi.service.component.annotations.Component;

import se.finsam.calc.Calculator;
import se.finsam.calc.Evaluation;
import se.finsam.calc.Situation;
import se.finsam.calc.StandardValues;
import se.finsam.calc.Calculator;

/**
 * Issue 7's targets: the individual-level evaluation of 100 000 participants (their situations already loaded), and
 * a sensitivity table of 10 assumptions × 5 values on a three-group type case.
 */
@Component(service = BenchSuite.class)
public class CalcSuite implements BenchSuite {

	private static final String[] SUPPORTS = { "EB", "SJP", "SA", "AKS", "AKASSA", "LON", "LONSTOD", "INGEN" };
	private static final String[] OCCUPATIONS = { "ARBETE", "ARBETE_STOD", "ARBETSSOKANDE", "REHAB", "INGEN" };
	private static final Integer[] EXTENTS = { 25, 50, 75, 100 };

	private static final String TYPE_CASE = """
			{ "year": 2024, "participants": 80, "projectCost": 6000000, "discountRate": 0.035,
			  "typeCases": {
			    "before": { "supports": [ { "code": "EB", "share": 0.5 }, { "code": "SJP", "share": 0.375 },
			      { "code": "AKS", "share": 0.125 } ], "resources": { "region": 40000, "kommun": 30000, "fk": 15000 } },
			    "after": [ { "share": 0.3, "workExtent": 0.75, "wageSubsidy": 0.5, "resourceChange": -0.2,
			                 "corrections": { "deadweight": 0.1, "dropOff": 0.1 } },
			               { "share": 0.4, "supports": [ { "code": "AKS" } ] },
			               { "share": 0.3, "supports": [ { "code": "EB", "share": 0.5 }, { "code": "SJP", "share": 0.5 } ] } ] },
			  "sensitivity": [ %s ] }
			""";

	@Override
	public String name() {
		return "calc";
	}

	@Override
	public void run(BenchContext ctx) throws Exception {
		StandardValues values = StandardValues.defaults();
		int n = ctx.option("participants", 100_000);
		Random random = new Random(7);
		List<Situation.Change> changes = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			changes.add(new Situation.Change(situation(random), situation(random)));
		}
		Evaluation individual = Calculator.readForParticipants(TYPE_CASE.formatted(""));
		for (int run = 0; run <= ctx.runs(); run++) {
			long start = System.nanoTime();
			Calculator.compute(individual, changes, values);
			if (run > 0) {
				ctx.result("calc.individual-" + n, start);
			}
		}
		List<String> rows = new ArrayList<>();
		for (String a : List.of("indirectTax", "discountRate", "projectCost", "participants", "deadweight", "attribution",
				"displacement", "dropOff", "workExtent", "wageSubsidy")) {
			rows.add("{ \"assumption\": \"" + a + "\", \"values\": [0.1, 0.2, 0.3, 0.4, 0.5] }");
		}
		Evaluation table = Calculator.read(TYPE_CASE.formatted(String.join(", ", rows)));
		for (int run = 0; run <= ctx.runs() * 5; run++) {
			long start = System.nanoTime();
			Calculator.compute(table, values);
			if (run >= 5) { // the first five warm up
				ctx.result("calc.sensitivity-10x5", start);
			}
		}
	}

	private static Situation situation(Random random) {
		return new Situation(SUPPORTS[random.nextInt(SUPPORTS.length)], EXTENTS[random.nextInt(EXTENTS.length)],
				OCCUPATIONS[random.nextInt(OCCUPATIONS.length)]);
	}
}
