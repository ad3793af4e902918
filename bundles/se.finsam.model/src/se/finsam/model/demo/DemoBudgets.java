package se.finsam.model.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;
import java.util.function.Supplier;

import se.finsam.model.Budget;
import se.finsam.model.BudgetAmount;
import se.finsam.model.BudgetLine;
import se.finsam.model.FlatRate;
import se.finsam.model.Party;
import se.finsam.model.Project;
import se.finsam.model.ProjectKind;

/** Budgets per line and year like those in seeds 002 and 004; see {@link DemoData}. */
final class DemoBudgets {

	private record Line(String category, String label, int perYear) {
	}

	private static final Line[] PROJECT_LINES = { new Line("PERSONAL", "Projektledare 100 %", 640_000),
			new Line("PERSONAL", "Läkare 20 %", 260_000), new Line("PERSONAL", "Socialkonsulent AF 50 %", 310_000),
			new Line("PERSONAL", "Personlig handläggare FK 70 %", 420_000), new Line("LOKAL", "Lokalhyra", 96_000),
			new Line("RESOR", "Resor", 24_000), new Line("OVRIGT", "IT/Telefoni", 18_000),
			new Line("OVRIGT", "Utbildning/kompetensutveckling", 30_000),
			new Line("OVRIGT", "Uppföljning, utvärdering (extern bedömning)", 45_000) };
	private static final Line[] COOPERATION_LINES = { new Line("PERSONAL", "Samverkanskoordinator 100 %", 600_000),
			new Line("PERSONAL", "Tilläggsresurs 40 %", 230_000), new Line("OVRIGT", "Övriga kostnader", 200_000) };

	private final Random random;
	private final LocalDate today;

	DemoBudgets(Random random, LocalDate today) {
		this.random = random;
		this.today = today;
	}

	Budget create(Project project, Party employer, Supplier<String> ids) {
		Budget budget = DemoData.F.createBudget();
		boolean cooperation = project.getKind() == ProjectKind.LONG_TERM_COOPERATION;
		LocalDate start = project.getGrantedPeriod().getStart();
		LocalDate end = project.getGrantedPeriod().getEnd();
		for (Line spec : cooperation ? COOPERATION_LINES : PROJECT_LINES) {
			BudgetLine line = DemoData.F.createBudgetLine();
			line.setId(ids.get());
			line.setCategory(spec.category());
			line.setLabel(spec.label());
			for (int year = start.getYear(); year <= end.getYear(); year++) {
				line.getAmounts().add(amount(spec, year, start, end));
			}
			budget.getLines().add(line);
		}
		if (cooperation) {
			FlatRate rate = DemoData.F.createFlatRate();
			rate.setLabel("Samverkanskoordinator (schablon)");
			rate.setAnnualAmount(new BigDecimal("600000"));
			rate.setEmployer(employer);
			rate.setStart(start);
			rate.setEnd(end);
			budget.getFlatRates().add(rate);
		}
		return budget;
	}

	private BudgetAmount amount(Line spec, int year, LocalDate start, LocalDate end) {
		BudgetAmount amount = DemoData.F.createBudgetAmount();
		amount.setYear(year);
		double months = monthsIn(year, start, end);
		long budget = round(spec.perYear() * months / 12);
		amount.setBudget(BigDecimal.valueOf(budget));
		double spent = year < today.getYear() ? 0.85 + random.nextDouble() * 0.25
				: year == today.getYear() ? today.getDayOfYear() / 366.0 * (0.8 + random.nextDouble() * 0.3) : 0;
		long cost = round(budget * spent);
		amount.setAccumulatedCost(BigDecimal.valueOf(cost));
		amount.setRequisitioned(BigDecimal.valueOf(round(cost * (0.9 + random.nextDouble() * 0.1))));
		return amount;
	}

	private static double monthsIn(int year, LocalDate start, LocalDate end) {
		LocalDate from = start.getYear() == year ? start : LocalDate.of(year, 1, 1);
		LocalDate to = end.getYear() == year ? end : LocalDate.of(year, 12, 31);
		return Math.max(0, DemoData.days(from, to) + 1) / 30.44;
	}

	private static long round(double kronor) {
		return Math.round(kronor / 100) * 100;
	}
}
