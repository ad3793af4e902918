package se.finsam.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.finsam.stats.ProjectStatistics.Count;
import se.finsam.stats.ProjectStatistics.Transition;
import se.finsam.stats.internal.Shares;
import se.finsam.stats.internal.Tables;

/**
 * The figures as nested maps and lists for {@code ./finsam stats --json} (shape in docs/stats-json.md). A
 * suppressed count and its share are the string "<5".
 */
public final class StatsJson {

	private final StatsQuery query;

	private StatsJson(StatsQuery query) {
		this.query = query;
	}

	public static Map<String, Object> of(ProjectStatistics s) {
		return new StatsJson(s.query()).map(s);
	}

	private Map<String, Object> map(ProjectStatistics s) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("schema", "finsam-stats/1");
		out.put("diarienummer", s.diarienummer());
		out.put("name", s.name());
		out.put("from", s.from());
		out.put("to", s.to());
		out.put("suppressed", query.suppressSmallCounts());
		var p = s.participants();
		Map<String, Object> participants = new LinkedHashMap<>();
		participants.put("total", count(p.total()));
		participants.put("active", count(p.active()));
		participants.put("finished", count(p.finished()));
		participants.put("byGender", counts(p.genders()));
		participants.put("byAgeGroup", counts(p.ageGroups()));
		participants.put("averageEnrolmentMonths", s.averageEnrolmentMonths());
		out.put("participants", participants);

		Map<String, Object> outcomes = outcomes(s.outcomes());
		List<Object> byGender = new ArrayList<>();
		for (var g : s.outcomesByGender()) {
			Map<String, Object> group = new LinkedHashMap<>();
			group.put("gender", g.gender());
			group.put("label", g.label());
			group.putAll(outcomes(g.outcomes()));
			byGender.add(group);
		}
		outcomes.put("byGender", byGender);
		out.put("outcomes", outcomes);
		Map<String, Object> sectors = new LinkedHashMap<>();
		sectors.put("toWork", count(s.employerSectors().toWork()));
		sectors.put("recorded", count(s.employerSectors().recorded()));
		sectors.put("bySector", counts(s.employerSectors().rows()));
		out.put("employerSectors", sectors);

		Map<String, Object> dropout = new LinkedHashMap<>();
		dropout.put("count", count(s.dropout().count()));
		dropout.put("share", share(s.dropout().count(), s.dropout().share()));
		Integer reported = s.dropout().reportedPersons(s.participants().total());
		dropout.put("reportedCount", s.dropout().reportedCount() == null ? null : count(s.dropout().reportedCount()));
		dropout.put("reportedShare", reported == null || s.dropout().reportedShare() == null ? null
				: share(reported, s.dropout().reportedShare()));
		out.put("dropout", dropout);
		out.put("supportTransition", transition(s.support()));
		out.put("occupationTransition", transition(s.occupation()));

		Map<String, Object> costs = new LinkedHashMap<>();
		costs.put("years", s.costs().years());
		List<Object> costRows = new ArrayList<>();
		for (var r : s.costs().rows()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("key", r.key());
			row.put("label", r.label());
			row.put("perYear", r.perYear());
			row.put("total", r.total());
			costRows.add(row);
		}
		costs.put("rows", costRows);
		costs.put("costPerParticipant", s.costs().costPerParticipant());
		costs.put("totalCostPerParticipant", s.costs().totalCostPerParticipant());
		out.put("costs", costs);

		List<Object> lines = new ArrayList<>();
		for (var l : s.budget().lines()) {
			lines.add(budgetRow(l));
		}
		Map<String, Object> budget = new LinkedHashMap<>();
		budget.put("years", s.budget().years());
		budget.put("lines", lines);
		budget.put("total", budgetRow(s.budget().total()));
		out.put("budget", budget);
		return out;
	}

	private static Map<String, Object> budgetRow(ProjectStatistics.BudgetRow l) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("label", l.label());
		row.put("category", l.category());
		row.put("budget", l.budget());
		row.put("accumulatedCost", l.accumulatedCost());
		row.put("remaining", l.remaining());
		row.put("costPerYear", l.costPerYear());
		return row;
	}

	private Map<String, Object> outcomes(ProjectStatistics.Outcomes o) {
		Map<String, Object> outcomes = new LinkedHashMap<>();
		outcomes.put("base", count(o.base()));
		List<Object> rows = new ArrayList<>();
		for (var r : o.rows()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("code", r.code());
			row.put("label", r.label());
			row.put("positive", r.positive());
			row.put("count", count(r.count()));
			row.put("share", share(r.count(), r.share()));
			rows.add(row);
		}
		outcomes.put("byExitReason", rows);
		outcomes.put("missingReason", count(o.missingReason()));
		outcomes.put("stillActive", count(o.stillActive()));
		outcomes.put("positive", count(o.positive()));
		outcomes.put("positiveShare", share(o.positive(), o.positiveShare()));
		return outcomes;
	}

	private Map<String, Object> transition(Transition t) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("codeList", t.codeList());
		out.put("base", count(t.base()));
		List<Object> moves = new ArrayList<>();
		for (int from = 0; from < t.categories().size(); from++) {
			for (int to = 0; to < t.categories().size(); to++) {
				int n = t.count(from, to);
				if (n > 0) {
					Map<String, Object> move = new LinkedHashMap<>();
					move.put("from", t.categories().get(from).code());
					move.put("to", t.categories().get(to).code());
					move.put("count", count(n));
					move.put("share", share(n, Shares.percent(n, t.base())));
					moves.add(move);
				}
			}
		}
		out.put("moves", moves);
		return out;
	}

	private List<Object> counts(List<Count> counts) {
		List<Object> out = new ArrayList<>();
		for (Count c : counts) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("key", c.key());
			row.put("label", c.label());
			row.put("count", count(c.count()));
			row.put("share", share(c.count(), c.share()));
			out.add(row);
		}
		return out;
	}

	private Object count(int n) {
		return query.hides(n) ? Tables.SUPPRESSED : (Object) n;
	}

	private Object share(int n, BigDecimal share) {
		return query.hides(n) ? Tables.SUPPRESSED : share;
	}
}
