package se.finsam.calc.cli.internal;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;

import org.eclipse.osgi.util.NLS;

import se.finsam.calc.ActorResult;
import se.finsam.calc.Assumption;
import se.finsam.calc.EvaluationResult;
import se.finsam.cli.Table;
import se.finsam.core.Formats;

/** The result as the tables an evaluator reads: per actor, totals, potential, avoided cost, sensitivity, sources. */
final class ResultTable {

	private ResultTable() {
	}

	static void print(EvaluationResult r, PrintStream out) {
		out.println(NLS.bind(Messages.Calc_header, new Object[] { r.name(), r.participants(),
				CalcCommand.money(r.projectCost()), CalcCommand.money(r.cost()) }));
		if (r.actors().isEmpty() && r.cost().signum() == 0 && r.society().yearlyRevenue().signum() == 0) {
			avoided(r, out); // only RAR's avoided cost was asked for
			return;
		}
		Table table = new Table(Messages.Calc_actor, Messages.Calc_revenue, Messages.Calc_cost, Messages.Calc_profit1,
				NLS.bind(Messages.Calc_profitN, r.years()), Messages.Calc_payback);
		for (int c = 1; c < 6; c++) {
			table.alignRight(c);
		}
		r.actors().forEach(a -> row(table, a.label(), a));
		if (r.state() != null) {
			row(table, r.state().label(), r.state());
		}
		row(table, r.society().label(), r.society());
		out.println();
		table.print(out);
		if (r.society().potential() != null) {
			out.println(NLS.bind(Messages.Calc_potential, CalcCommand.money(r.society().potential()),
					r.potentialUsed() == null ? "-" : Formats.percent(r.potentialUsed().movePointRight(2))));
		}
		out.println(NLS.bind(Messages.Calc_npv, new Object[] { r.years(), CalcCommand.money(r.society().presentValue()),
				CalcCommand.money(r.netPresentValue()),
				r.sroiRatio() == null ? "-" : Formats.decimal(r.sroiRatio().setScale(2, RoundingMode.HALF_UP)) }));
		avoided(r, out);
		if (!r.sensitivity().isEmpty()) {
			out.println();
			out.println(Messages.Calc_sensitivity);
			Table s = new Table(Messages.Calc_assumption, Messages.Calc_value, Messages.Calc_payback,
					NLS.bind(Messages.Calc_profitN, r.years())).alignRight(1).alignRight(2).alignRight(3);
			r.sensitivity().forEach(row -> s.row(Assumption.label(row.assumption()),
					Assumption.value(row.assumption(), row.value()), months(row.paybackMonths()),
					CalcCommand.money(row.profitabilityAfterYears())));
			s.print(out);
		}
		if (!r.scenarios().isEmpty()) {
			out.println();
			out.println(Messages.Calc_scenarios);
			Table s = new Table(Messages.Calc_scenario, Messages.Calc_revenue, Messages.Calc_payback,
					NLS.bind(Messages.Calc_profitN, r.years())).alignRight(1).alignRight(2).alignRight(3);
			r.scenarios().forEach((k, a) -> s.row(Assumption.scenario(k), CalcCommand.money(a.yearlyRevenue()), months(a.paybackMonths()),
					CalcCommand.money(a.profitabilityAfterYears())));
			s.print(out);
		}
		if (!r.assumptions().isEmpty()) {
			out.println();
			out.println(Messages.Calc_assumptions);
			Table a = new Table(Messages.Calc_assumption, Messages.Calc_year, Messages.Calc_value, Messages.Calc_source);
			r.assumptions().forEach(v -> a.row(v.key(), v.year(), plain(v.value()), v.source()));
			a.print(out);
		}
	}

	private static void avoided(EvaluationResult r, PrintStream out) {
		if (!r.avoidedCost().isEmpty()) {
			out.println();
			out.println(NLS.bind(Messages.Calc_avoided, r.avoidedYears()));
			Table avoided = new Table(Messages.Calc_payer, Messages.Calc_amount).alignRight(1);
			r.avoidedCost().forEach((a, v) -> avoided.row(a.label(), CalcCommand.money(v)));
			avoided.row(Messages.Calc_total, CalcCommand.money(r.avoidedCostTotal()));
			avoided.print(out);
		}
	}

	private static void row(Table table, String label, ActorResult a) {
		table.row(label, CalcCommand.money(a.yearlyRevenue()), CalcCommand.money(a.cost()),
				CalcCommand.money(a.profitabilityFirstYear()), CalcCommand.money(a.profitabilityAfterYears()),
				months(a.paybackMonths()));
	}

	/** 0,3142: a decimal comma and every digit the value has. */
	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString().replace('.', ',');
	}

	private static String months(BigDecimal months) {
		return months == null ? Messages.Calc_none : Formats.decimal(months.setScale(1, RoundingMode.HALF_UP));
	}
}
