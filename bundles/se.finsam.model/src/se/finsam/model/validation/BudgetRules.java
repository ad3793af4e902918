package se.finsam.model.validation;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import se.finsam.model.BudgetAmount;
import se.finsam.model.BudgetLine;
import se.finsam.model.FinsamPackage.Literals;
import se.finsam.model.FlatRate;

/** Rules of budget lines, their yearly amounts and flat rates. */
public final class BudgetRules {

	private BudgetRules() {
	}

	public static boolean uniqueYears(BudgetLine line, DiagnosticChain d, Map<Object, Object> context) {
		Set<Integer> years = new HashSet<>();
		boolean ok = true;
		for (BudgetAmount amount : line.getAmounts()) {
			if (!years.add(amount.getYear())) {
				ok = Rules.error(d, amount, Literals.BUDGET_AMOUNT__YEAR, Messages.Rule_duplicateYear,
						Labels.of(line), String.valueOf(amount.getYear())) && ok;
			}
		}
		return ok;
	}

	public static boolean nonNegativeAmounts(BudgetAmount a, DiagnosticChain d, Map<Object, Object> context) {
		boolean ok = notNegative(d, a, Literals.BUDGET_AMOUNT__BUDGET, a.getBudget(), Messages.Field_budget);
		ok = notNegative(d, a, Literals.BUDGET_AMOUNT__REQUISITIONED, a.getRequisitioned(),
				Messages.Field_requisitioned) && ok;
		return notNegative(d, a, Literals.BUDGET_AMOUNT__ACCUMULATED_COST, a.getAccumulatedCost(),
				Messages.Field_accumulatedCost) && ok;
	}

	public static boolean nonNegativeAmount(FlatRate rate, DiagnosticChain d, Map<Object, Object> context) {
		return notNegative(d, rate, Literals.FLAT_RATE__ANNUAL_AMOUNT, rate.getAnnualAmount(), Messages.Field_budget);
	}

	public static boolean endNotBeforeStart(FlatRate rate, DiagnosticChain d, Map<Object, Object> context) {
		if (rate.getStart() == null || rate.getEnd() == null || !rate.getEnd().isBefore(rate.getStart())) {
			return true;
		}
		return Rules.error(d, rate, Literals.FLAT_RATE__END, Messages.Rule_endBeforeStart, Labels.of(rate),
				Rules.date(rate.getStart()), Rules.date(rate.getEnd()));
	}

	private static boolean notNegative(DiagnosticChain d, EObject object, EAttribute feature, BigDecimal value,
			String field) {
		return !Rules.isNegative(value) || Rules.error(d, object, feature, Messages.Rule_negativeAmount,
				Labels.of(object), field, Rules.number(value) + " kr");
	}
}
