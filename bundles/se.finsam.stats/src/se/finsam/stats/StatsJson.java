package se.finsam.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.finsam.stats.ProjectStatistics.Count;
import se.finsam.stats.ProjectStatistics.Transition;
import se.finsam.stats.internal.Keys;
import se.finsam.stats.internal.ParticipantFigures;
import se.finsam.stats.internal.Shares;
import se.finsam.stats.internal.Tables;

/**
 * The figures as nested maps and lists for {@code ./finsam stats --json} (shape in docs/stats-json.md). What is
 * hidden is what the tables hide ({@link Disclosure}): a count of one to four persons and its share are the string
 * "<5", a count hidden so that those cannot be worked out is "..", as is a share whose base is hidden.
 */
public final class StatsJson {

	private final StatsQuery query;
	private final Disclosure disclosure;

	private StatsJson(ProjectStatistics s) {
		this.query = s.query();
		this.disclosure = s.disclosure();
	}

	public static Map<String, Object> of(ProjectStatistics s) {
		return new StatsJson(s).map(s);
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
		participants.put("total", count(Keys.TOTAL, p.total()));
		participants.put("active", count(Keys.ACTIVE, p.active()));
		participants.put("finished", count(Keys.FINISHED, p.finished()));
		participants.put("byGender", counts(p.genders(), Keys::gender, Keys.TOTAL));
		participants.put("byAgeGroup", counts(p.ageGroups(), Keys::age, Keys.TOTAL));
		participants.put("averageEnrolmentMonths", s.averageEnrolmentMonths());
		out.put("participants", participants);

		Map<String, Object> outcomes = outcomes(null, s.outcomes());
		List<Object> byGender = new ArrayList<>();
		for (var g : s.outcomesByGender()) {
			Map<String, Object> group = new LinkedHashMap<>();
			group.put("gender", g.gender());
			group.put("label", g.label());
			group.putAll(outcomes(g.gender(), g.outcomes()));
			byGender.add(group);
		}
		outcomes.put("byGender", byGender);
		out.put("outcomes", outcomes);
		Map<String, Object> sectors = new LinkedHashMap<>();
		sectors.put("toWork", count(Keys.TO_WORK, s.employerSectors().toWork()));
		sectors.put("recorded", count(Keys.SECTORS_RECORDED, s.employerSectors().recorded()));
		sectors.put("bySector", counts(s.employerSectors().rows(), Keys::sector, Keys.SECTORS_RECORDED));
		out.put("employerSectors", sectors);

		Map<String, Object> dropout = new LinkedHashMap<>();
		String computed = Keys.reason(null, ParticipantFigures.DROPOUT_CODE);
		dropout.put("count", count(computed, s.dropout().count()));
		dropout.put("share", share(computed, Keys.TOTAL, s.dropout().share()));
		Integer reported = s.dropout().reportedPersons(s.participants().total());
		dropout.put("reportedCount", s.dropout().reportedCount() == null ? null
				: count(Keys.REPORTED_DROPOUT, s.dropout().reportedCount()));
		dropout.put("reportedShare", reported == null || s.dropout().reportedShare() == null ? null
				: share(Keys.REPORTED_DROPOUT, Keys.TOTAL, s.dropout().reportedShare()));
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
		List<Object> perParticipant = new ArrayList<>();
		for (int i = 0; i < s.costs().years().size(); i++) {
			// a year's cost per participant tells how many were enrolled: hidden with that count
			String enrolled = Keys.enrolled(s.costs().years().get(i));
			perParticipant.add(disclosure.hides(enrolled) ? Disclosure.DERIVED_TEXT : s.costs().costPerParticipant().get(i));
		}
		costs.put("costPerParticipant", perParticipant);
		costs.put("totalCostPerParticipant",
				disclosure.hides(Keys.TOTAL) ? Disclosure.DERIVED_TEXT : s.costs().totalCostPerParticipant());
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

	private Map<String, Object> outcomes(String gender, ProjectStatistics.Outcomes o) {
		String base = gender == null ? Keys.TOTAL : Keys.gender(gender);
		Map<String, Object> outcomes = new LinkedHashMap<>();
		outcomes.put("base", count(base, o.base()));
		List<Object> rows = new ArrayList<>();
		for (var r : o.rows()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("code", r.code());
			row.put("label", r.label());
			row.put("positive", r.positive());
			row.put("count", count(Keys.reason(gender, r.code()), r.count()));
			row.put("share", share(Keys.reason(gender, r.code()), base, r.share()));
			rows.add(row);
		}
		outcomes.put("byExitReason", rows);
		outcomes.put("missingReason", count(Keys.missing(gender), o.missingReason()));
		outcomes.put("stillActive", count(Keys.active(gender), o.stillActive()));
		outcomes.put("positive", count(Keys.positive(gender), o.positive()));
		outcomes.put("positiveShare", share(Keys.positive(gender), base, o.positiveShare()));
		return outcomes;
	}

	private Map<String, Object> transition(Transition t) {
		String list = t.codeList();
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("codeList", list);
		out.put("base", count(Keys.base(list), t.base()));
		List<Object> moves = new ArrayList<>();
		for (int from = 0; from < t.categories().size(); from++) {
			for (int to = 0; to < t.categories().size(); to++) {
				int n = t.count(from, to);
				if (n > 0) {
					String key = Keys.move(list, t.categories().get(from).code(), t.categories().get(to).code());
					Map<String, Object> move = new LinkedHashMap<>();
					move.put("from", t.categories().get(from).code());
					move.put("to", t.categories().get(to).code());
					move.put("count", count(key, n));
					move.put("share", share(key, Keys.base(list), Shares.percent(n, t.base())));
					moves.add(move);
				}
			}
		}
		out.put("moves", moves);
		return out;
	}

	private List<Object> counts(List<Count> counts, java.util.function.UnaryOperator<String> key, String base) {
		List<Object> out = new ArrayList<>();
		for (Count c : counts) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("key", c.key());
			row.put("label", c.label());
			row.put("count", count(key.apply(c.key()), c.count()));
			row.put("share", share(key.apply(c.key()), base, c.share()));
			out.add(row);
		}
		return out;
	}

	private Object count(String key, int n) {
		return switch (disclosure.mark(key)) {
		case SHOWN -> n;
		case SMALL -> Tables.SUPPRESSED;
		case DERIVED -> Disclosure.DERIVED_TEXT;
		};
	}

	private Object share(String key, String base, BigDecimal share) {
		if (disclosure.hides(key)) {
			return count(key, 0);
		}
		return base != null && disclosure.hides(base) ? Disclosure.DERIVED_TEXT : share;
	}
}
