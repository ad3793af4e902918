package se.finsam.stats.internal;

import java.util.ArrayList;
import java.util.List;

import se.finsam.stats.Disclosure;
import se.finsam.stats.ProjectStatistics;
import se.finsam.stats.ProjectStatistics.Count;
import se.finsam.stats.ProjectStatistics.GenderOutcomes;
import se.finsam.stats.ProjectStatistics.Outcome;
import se.finsam.stats.ProjectStatistics.Outcomes;
import se.finsam.stats.ProjectStatistics.Transition;

/**
 * The figures of a project's statistics and every sum that binds them, as a reader of all its tables knows them:
 * the genders and the ages make the total, so do those still enrolled and those who left; the exit reasons and the
 * missing ones make those who left; the positive reasons make "Positivt resultat"; each gender's outcomes the same
 * within the gender, and the genders' make everyone's; a transition's cells make its margins. Figures no output
 * shows (the outcomes of those of unspecified gender) still take part, and must not be computable either.
 */
public final class Disclosures {

	private Disclosures() {
	}

	public static Disclosure of(ProjectStatistics s) {
		Disclosure.Builder b = new Disclosure.Builder(true);
		var p = s.participants();
		b.shown(Keys.TOTAL, p.total()).shown(Keys.ACTIVE, p.active()).shown(Keys.FINISHED, p.finished());
		b.sum(Keys.TOTAL, List.of(Keys.ACTIVE, Keys.FINISHED));
		List<String> genders = new ArrayList<>();
		for (Count g : p.genders()) {
			b.shown(Keys.gender(g.key()), g.count());
			genders.add(Keys.gender(g.key()));
		}
		b.sum(Keys.TOTAL, genders);
		List<String> ages = new ArrayList<>();
		for (Count a : p.ageGroups()) {
			b.shown(Keys.age(a.key()), a.count());
			ages.add(Keys.age(a.key()));
		}
		b.sum(Keys.TOTAL, ages);
		outcomes(b, null, s.outcomes());
		// Everyone's outcomes are the women's, the men's and those of unspecified gender (never shown on their own).
		Outcomes all = s.outcomes();
		List<GenderOutcomes> byGender = s.outcomesByGender();
		Count unspecified = p.genders().stream().filter(g -> g.key().equals("unspecified")).findFirst().orElse(null);
		for (GenderOutcomes g : byGender) {
			outcomes(b, g.gender(), g.outcomes());
		}
		if (unspecified != null && unspecified.count() > 0) {
			unshownOutcomes(b, all, byGender, unspecified);
		}
		List<String> groups = new ArrayList<>(byGender.stream().map(GenderOutcomes::gender).toList());
		if (unspecified != null && unspecified.count() > 0) {
			groups.add(unspecified.key());
		}
		for (Outcome reason : all.rows()) {
			b.sum(Keys.reason(null, reason.code()), groups.stream().map(g -> Keys.reason(g, reason.code())).toList());
		}
		b.sum(Keys.MISSING, groups.stream().map(Keys::missing).toList());
		b.sum(Keys.ACTIVE, groups.stream().map(Keys::active).toList());
		b.sum(Keys.POSITIVE, groups.stream().map(Keys::positive).toList());

		Integer reported = s.dropout().reportedPersons(p.total());
		if (reported != null) {
			b.shown(Keys.REPORTED_DROPOUT, reported);
		}
		transition(b, s.support());
		transition(b, s.occupation());
		var sectors = s.employerSectors();
		b.shown(Keys.SECTORS_RECORDED, sectors.recorded()).shown(Keys.TO_WORK, sectors.toWork());
		List<String> sectorKeys = new ArrayList<>();
		for (Count c : sectors.rows()) {
			b.shown(Keys.sector(c.key()), c.count());
			sectorKeys.add(Keys.sector(c.key()));
		}
		b.sum(Keys.SECTORS_RECORDED, sectorKeys);
		var costs = s.costs();
		for (int i = 0; i < costs.years().size(); i++) {
			b.shown(Keys.enrolled(costs.years().get(i)), costs.participantsPerYear().get(i)); // told by the cost each
		}
		return b.build();
	}

	/** One group's outcomes ({@code gender} null: everyone, whose base is the total and whose active are all active). */
	private static void outcomes(Disclosure.Builder b, String gender, Outcomes o) {
		List<String> left = new ArrayList<>();
		List<String> positive = new ArrayList<>();
		for (Outcome r : o.rows()) {
			String key = Keys.reason(gender, r.code());
			b.shown(key, r.count());
			left.add(key);
			if (r.positive()) {
				positive.add(key);
			}
		}
		b.shown(Keys.missing(gender), o.missingReason()).shown(Keys.active(gender), o.stillActive());
		b.shown(Keys.positive(gender), o.positive());
		b.sum(Keys.positive(gender), positive);
		List<String> whole = new ArrayList<>(left);
		whole.add(Keys.missing(gender));
		whole.add(Keys.active(gender));
		b.sum(gender == null ? Keys.TOTAL : Keys.gender(gender), whole);
		if (gender == null) {
			left.add(Keys.MISSING);
			b.sum(Keys.FINISHED, left);
		}
	}

	/** Those of unspecified gender: everyone's outcomes less the women's and the men's. */
	private static void unshownOutcomes(Disclosure.Builder b, Outcomes all, List<GenderOutcomes> byGender,
			Count unspecified) {
		String g = unspecified.key();
		List<String> whole = new ArrayList<>();
		List<String> positive = new ArrayList<>();
		int positives = all.positive();
		for (int i = 0; i < all.rows().size(); i++) {
			Outcome r = all.rows().get(i);
			int n = r.count();
			for (GenderOutcomes other : byGender) {
				n -= other.outcomes().rows().get(i).count();
			}
			b.unshown(Keys.reason(g, r.code()), n);
			whole.add(Keys.reason(g, r.code()));
			if (r.positive()) {
				positive.add(Keys.reason(g, r.code()));
			}
		}
		int missing = all.missingReason();
		int active = all.stillActive();
		for (GenderOutcomes other : byGender) {
			missing -= other.outcomes().missingReason();
			active -= other.outcomes().stillActive();
			positives -= other.outcomes().positive();
		}
		b.unshown(Keys.missing(g), missing).unshown(Keys.active(g), active).unshown(Keys.positive(g), positives);
		b.sum(Keys.positive(g), positive);
		whole.add(Keys.missing(g));
		whole.add(Keys.active(g));
		b.sum(Keys.gender(g), whole);
	}

	private static void transition(Disclosure.Builder b, Transition t) {
		String list = t.codeList();
		int n = t.categories().size();
		List<String> froms = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			String from = t.categories().get(i).code();
			List<String> row = new ArrayList<>();
			int sum = 0;
			for (int j = 0; j < n; j++) {
				String key = Keys.move(list, from, t.categories().get(j).code());
				b.shown(key, t.count(i, j));
				row.add(key);
				sum += t.count(i, j);
			}
			b.shown(Keys.from(list, from), sum).sum(Keys.from(list, from), row);
			froms.add(Keys.from(list, from));
		}
		for (int j = 0; j < n; j++) {
			String to = t.categories().get(j).code();
			List<String> column = new ArrayList<>();
			int sum = 0;
			for (int i = 0; i < n; i++) {
				column.add(Keys.move(list, t.categories().get(i).code(), to));
				sum += t.count(i, j);
			}
			b.shown(Keys.to(list, to), sum).sum(Keys.to(list, to), column);
		}
		b.shown(Keys.base(list), t.base()).sum(Keys.base(list), froms);
	}
}
