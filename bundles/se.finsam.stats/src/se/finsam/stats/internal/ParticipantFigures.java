package se.finsam.stats.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import se.finsam.model.CodeEntry;
import se.finsam.model.Gender;
import se.finsam.model.Participant;
import se.finsam.model.Project;
import se.finsam.model.codes.CodeLists;
import se.finsam.stats.ProjectStatistics.Category;
import se.finsam.stats.ProjectStatistics.Count;
import se.finsam.stats.ProjectStatistics.Dropout;
import se.finsam.stats.ProjectStatistics.GenderOutcomes;
import se.finsam.stats.ProjectStatistics.Outcome;
import se.finsam.stats.ProjectStatistics.Outcomes;
import se.finsam.stats.ProjectStatistics.Participants;
import se.finsam.stats.ProjectStatistics.Sectors;
import se.finsam.stats.ProjectStatistics.Transition;

/**
 * Who was in the project during the period and how they left. A participant counts when enrolled on or before the
 * period's last day and not gone before its first; one without an enrolment date (no consent: only the year is
 * kept) counts from 1 January of that year. One who withdrew her consent is in no figure.
 */
public final class ParticipantFigures {

	/** The exit reason that means the participant dropped out (seed 002's "Avhopp"). */
	public static final String DROPOUT_CODE = "AVHOPP";
	private static final double DAYS_PER_MONTH = 365.25 / 12;
	private static final int[] AGE_LIMITS = { 20, 25, 30, 40, 50, 60 };

	private final CodeLists codes;
	private final List<Participant> inPeriod = new ArrayList<>();
	private final List<Participant> finished = new ArrayList<>();
	private int active;
	private int withdrawn;

	public ParticipantFigures(List<Participant> all, LocalDate from, LocalDate to, CodeLists codes) {
		this.codes = codes;
		for (Participant p : all) {
			LocalDate enrolled = enrolled(p);
			LocalDate exit = p.getExitDate();
			if (enrolled != null && enrolled.isAfter(to) || exit != null && from != null && exit.isBefore(from)) {
				continue;
			}
			if (p.getConsentWithdrawn() != null) {
				withdrawn++; // her data is no longer processed: counted here only, so the total can be explained
				continue;
			}
			inPeriod.add(p);
			if (exit != null && !exit.isAfter(to)) {
				finished.add(p);
			} else {
				active++;
			}
		}
	}

	private static LocalDate enrolled(Participant p) {
		if (p.getEnrolmentDate() != null) {
			return p.getEnrolmentDate();
		}
		return p.getEnrolmentYear() != null ? LocalDate.of(p.getEnrolmentYear(), 1, 1) : null;
	}

	/** How many were enrolled at some time in the year. */
	public int enrolledIn(int year) {
		return (int) inPeriod.stream().filter(p -> {
			LocalDate enrolled = enrolled(p);
			LocalDate exit = p.getExitDate();
			return (enrolled == null || enrolled.getYear() <= year) && (exit == null || exit.getYear() >= year);
		}).count();
	}

	public Participants participants() {
		int total = inPeriod.size();
		Map<Gender, Integer> genders = new LinkedHashMap<>();
		for (Gender g : List.of(Gender.FEMALE, Gender.MALE, Gender.UNSPECIFIED)) {
			genders.put(g, 0);
		}
		inPeriod.forEach(p -> genders.merge(p.getGender() == null ? Gender.UNSPECIFIED : p.getGender(), 1, Integer::sum));
		List<Count> genderCounts = new ArrayList<>();
		genders.forEach((g, n) -> genderCounts.add(new Count(g.getLiteral(), Labels.gender(g), n, Shares.percent(n, total))));
		return new Participants(total, active, finished.size(), genderCounts, ageGroups(total), withdrawn);
	}

	private List<Count> ageGroups(int total) {
		int[] counts = new int[AGE_LIMITS.length + 2];
		for (Participant p : inPeriod) {
			LocalDate enrolled = enrolled(p);
			if (p.getBirthYear() == null || enrolled == null) {
				counts[counts.length - 1]++;
				continue;
			}
			int age = enrolled.getYear() - p.getBirthYear();
			int group = 0;
			while (group < AGE_LIMITS.length && age >= AGE_LIMITS[group]) {
				group++;
			}
			counts[group]++;
		}
		List<Count> result = new ArrayList<>();
		for (int i = 0; i < counts.length; i++) {
			String key = i == counts.length - 1 ? "unknown"
					: i == 0 ? "-" + (AGE_LIMITS[0] - 1)
							: i == AGE_LIMITS.length ? AGE_LIMITS[i - 1] + "-" : AGE_LIMITS[i - 1] + "-" + (AGE_LIMITS[i] - 1);
			result.add(new Count(key, Labels.ageGroup(key), counts[i], Shares.percent(counts[i], total)));
		}
		return result;
	}

	public Outcomes outcomes() {
		return outcomes(inPeriod.size(), finished, active);
	}

	/** The outcomes of the women and of the men, each of their own group. */
	public List<GenderOutcomes> outcomesByGender() {
		List<GenderOutcomes> result = new ArrayList<>();
		for (Gender g : List.of(Gender.FEMALE, Gender.MALE)) {
			int base = (int) inPeriod.stream().filter(p -> p.getGender() == g).count();
			List<Participant> left = finished.stream().filter(p -> p.getGender() == g).toList();
			result.add(new GenderOutcomes(g.getLiteral(), Labels.gender(g), outcomes(base, left, base - left.size())));
		}
		return result;
	}

	private Outcomes outcomes(int base, List<Participant> left, int stillActive) {
		Map<String, Integer> byReason = new LinkedHashMap<>();
		int missing = 0;
		for (Participant p : left) {
			if (p.getExitReason() == null || p.getExitReason().isBlank()) {
				missing++;
			} else {
				byReason.merge(p.getExitReason(), 1, Integer::sum);
			}
		}
		List<Outcome> rows = new ArrayList<>();
		int positive = 0;
		for (CodeEntry reason : codes.entries(CodeLists.EXIT_REASON)) {
			Integer n = byReason.remove(reason.getCode());
			int count = n == null ? 0 : n;
			if (count == 0 && reason.isObsolete()) {
				continue;
			}
			rows.add(new Outcome(reason.getCode(), CodeLists.label(reason), reason.isPositive(), count,
					Shares.percent(count, base)));
			positive += reason.isPositive() ? count : 0;
		}
		// Codes the lists do not know (old data): shown as they are, never positive.
		byReason.forEach((code, count) -> rows.add(new Outcome(code, code, false, count, Shares.percent(count, base))));
		return new Outcomes(base, rows, missing, stillActive, positive, Shares.percent(positive, base));
	}

	/** The employers' sectors of those who left for work in the period, where recorded. */
	public Sectors employerSectors() {
		List<Participant> toWork = finished.stream()
				.filter(p -> p.getOccupationAtExit() != null && p.getOccupationAtExit().startsWith("ARBETE")).toList();
		Map<String, Integer> bySector = new LinkedHashMap<>();
		for (Participant p : toWork) {
			String sector = p.getExtraAttributes().get(CodeLists.EMPLOYER_SECTOR);
			if (sector != null && !sector.isBlank()) {
				bySector.merge(sector, 1, Integer::sum);
			}
		}
		int recorded = bySector.values().stream().mapToInt(Integer::intValue).sum();
		List<Count> rows = new ArrayList<>();
		for (CodeEntry sector : codes.entries(CodeLists.EMPLOYER_SECTOR)) {
			Integer n = bySector.remove(sector.getCode());
			int count = n == null ? 0 : n;
			rows.add(new Count(sector.getCode(), CodeLists.label(sector), count, Shares.percent(count, recorded)));
		}
		bySector.forEach((code, count) -> rows.add(new Count(code, code, count, Shares.percent(count, recorded))));
		return new Sectors(toWork.size(), recorded, rows);
	}

	/** Mean months from enrolment to exit of those who left in the period, to one decimal; null when none did. */
	public BigDecimal averageEnrolmentMonths() {
		long days = 0;
		int n = 0;
		for (Participant p : finished) {
			if (p.getEnrolmentDate() != null) {
				days += ChronoUnit.DAYS.between(p.getEnrolmentDate(), p.getExitDate());
				n++;
			}
		}
		return n == 0 ? null : BigDecimal.valueOf(days / DAYS_PER_MONTH / n).setScale(1, RoundingMode.HALF_UP);
	}

	public Dropout dropout(Project project) {
		int count = (int) finished.stream().filter(p -> DROPOUT_CODE.equals(p.getExitReason())).count();
		var reported = project.getDropout();
		return new Dropout(count, Shares.percent(count, inPeriod.size()), reported == null ? null : reported.getCount(),
				reported == null ? null : reported.getShare());
	}

	/** Support or occupation from start to exit, for those who left in the period. */
	public Transition transition(String codeList) {
		Function<Participant, String> start = CodeLists.SUPPORT.equals(codeList) ? Participant::getSupportAtStart
				: Participant::getOccupationAtStart;
		Function<Participant, String> exit = CodeLists.SUPPORT.equals(codeList) ? Participant::getSupportAtExit
				: Participant::getOccupationAtExit;
		List<Category> categories = new ArrayList<>();
		Map<String, Integer> index = new LinkedHashMap<>();
		for (CodeEntry entry : codes.entries(codeList)) {
			boolean used = finished.stream().anyMatch(p -> entry.getCode().equals(start.apply(p))
					|| entry.getCode().equals(exit.apply(p)));
			if (used) {
				index.put(entry.getCode(), categories.size());
				categories.add(new Category(entry.getCode(), CodeLists.label(entry)));
			}
		}
		for (Participant p : finished) {
			for (String code : new String[] { start.apply(p), exit.apply(p) }) {
				if (code != null && !index.containsKey(code)) {
					index.put(code, categories.size());
					categories.add(new Category(code, code));
				}
			}
		}
		int[][] counts = new int[categories.size()][categories.size()];
		int base = 0;
		for (Participant p : finished) {
			Integer a = index.get(start.apply(p));
			Integer b = index.get(exit.apply(p));
			if (a != null && b != null) {
				counts[a][b]++;
				base++;
			}
		}
		return new Transition(codeList, categories, counts, base);
	}
}
