package se.finsam.ui.editors.internal.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.widgets.FormToolkit;

import se.finsam.calc.ActorResult;
import se.finsam.calc.Assumption;
import se.finsam.calc.EvaluationResult;
import se.finsam.core.Formats;
import se.finsam.ui.editors.internal.FittedTable;

/** Results per actor as a table and the society's cost against revenue after one and after N years as bars. */
final class ResultView {

	private final Label summary;
	private final Table table;
	private final Canvas chart;
	private final Table sensitivity;
	private final FittedTable fittedTable;
	private final FittedTable fittedSensitivity;
	private EvaluationResult result;

	ResultView(Composite parent, FormToolkit toolkit) {
		summary = toolkit.createLabel(parent, "", SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(600, SWT.DEFAULT).applyTo(summary);
		table = toolkit.createTable(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String title : new String[] { Messages.Result_actor, Messages.Result_revenue, Messages.Result_cost,
				Messages.Result_profit1, Messages.Result_profitN, Messages.Result_payback }) {
			TableColumn c = new TableColumn(table, title.equals(Messages.Result_actor) ? SWT.LEFT : SWT.RIGHT);
			c.setText(NLS.bind(title, se.finsam.calc.Evaluation.Builder.DEFAULT_YEARS));
			c.setWidth(title.equals(Messages.Result_actor) ? 140 : 118);
		}
		GridDataFactory.fillDefaults().span(2, 1).applyTo(table);
		fittedTable = FittedTable.fit(table, 3, true);
		chart = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		chart.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(SWT.DEFAULT, 190).applyTo(chart);
		chart.addPaintListener(e -> paint(e.gc));
		sensitivity = toolkit.createTable(parent, SWT.BORDER);
		sensitivity.setHeaderVisible(true);
		sensitivity.setLinesVisible(true);
		for (String title : new String[] { Messages.Sensitivity_assumption, Messages.Sensitivity_value,
				Messages.Result_payback, Messages.Result_profitN }) {
			TableColumn c = new TableColumn(sensitivity, title.equals(Messages.Sensitivity_assumption) ? SWT.LEFT : SWT.RIGHT);
			c.setText(NLS.bind(title, se.finsam.calc.Evaluation.Builder.DEFAULT_YEARS));
			c.setWidth(title.equals(Messages.Sensitivity_assumption) ? 200 : 140);
		}
		GridDataFactory.fillDefaults().span(2, 1).applyTo(sensitivity);
		fittedSensitivity = FittedTable.fit(sensitivity, 3, true);
	}

	String summaryText() {
		return summary.getText();
	}

	void show(EvaluationResult r, String problem) {
		result = problem == null ? r : null;
		table.removeAll();
		if (result == null) {
			sensitivity.removeAll();
			summary.setText(problem == null ? "" : problem);
			summary.setForeground(summary.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			chart.redraw();
			refit();
			return;
		}
		summary.setForeground(null);
		String potential = r.potentialUsed() == null ? ""
				: " " + NLS.bind(Messages.Result_potential, Formats.wholeKronor(r.society().potential()),
						Formats.percent(r.potentialUsed().movePointRight(2)));
		summary.setText(NLS.bind(Messages.Result_summary, new Object[] { r.participants(),
				Formats.wholeKronor(r.projectCost()), Formats.wholeKronor(r.cost()) }) + potential);
		table.getColumn(4).setText(NLS.bind(Messages.Result_profitN, r.years()));
		r.actors().forEach(a -> row(a.label(), a));
		if (r.state() != null) {
			row(r.state().label(), r.state());
		}
		row(r.society().label(), r.society());
		sensitivity.removeAll();
		sensitivity.getColumn(3).setText(NLS.bind(Messages.Result_profitN, r.years()));
		r.sensitivity().forEach(s -> new TableItem(sensitivity, SWT.NONE).setText(new String[] {
				Assumption.label(s.assumption()), Assumption.value(s.assumption(), s.value()),
				s.paybackMonths() == null ? Messages.Result_none
						: Formats.decimal(s.paybackMonths().setScale(1, RoundingMode.HALF_UP)),
				Formats.wholeKronor(s.profitabilityAfterYears()) }));
		// Low / base / high under the evaluation's scenarios, below the single-assumption rows.
		r.scenarios().forEach((name, a) -> new TableItem(sensitivity, SWT.NONE).setText(new String[] { Assumption.scenario(name), "",
				a.paybackMonths() == null ? Messages.Result_none
						: Formats.decimal(a.paybackMonths().setScale(1, RoundingMode.HALF_UP)),
				Formats.wholeKronor(a.profitabilityAfterYears()) }));
		chart.redraw();
		refit();
	}

	private void refit() {
		fittedTable.refit();
		fittedSensitivity.refit();
	}

	private void row(String label, ActorResult a) {
		TableItem item = new TableItem(table, SWT.NONE);
		item.setText(new String[] { label, Formats.wholeKronor(a.yearlyRevenue()), Formats.wholeKronor(a.cost()),
				Formats.wholeKronor(a.profitabilityFirstYear()), Formats.wholeKronor(a.profitabilityAfterYears()),
				a.paybackMonths() == null ? Messages.Result_none
						: Formats.decimal(a.paybackMonths().setScale(1, RoundingMode.HALF_UP)) });
	}

	/** Three bars for the society: the cost, the revenue of one year, the revenue of N years. */
	private void paint(GC gc) {
		if (result == null) {
			return;
		}
		Point size = chart.getSize();
		BigDecimal revenueN = result.society().profitabilityAfterYears().add(result.cost());
		BigDecimal[] values = { result.cost(), result.society().yearlyRevenue(), revenueN };
		String[] labels = { Messages.Chart_cost, Messages.Chart_revenue1,
				NLS.bind(Messages.Chart_revenueN, result.years()) };
		int[] colours = { SWT.COLOR_DARK_RED, SWT.COLOR_DARK_GREEN, SWT.COLOR_DARK_BLUE };
		double max = 1;
		for (BigDecimal v : values) {
			max = Math.max(max, Math.abs(v.doubleValue()));
		}
		int left = 170;
		int barHeight = Math.max(12, (size.y - 20) / 3 - 12);
		for (int i = 0; i < values.length; i++) {
			int y = 10 + i * (barHeight + 12);
			int width = (int) ((size.x - left - 150) * Math.abs(values[i].doubleValue()) / max);
			gc.setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_BLACK));
			gc.drawText(labels[i], 8, y + barHeight / 2 - 8, true);
			Color colour = chart.getDisplay().getSystemColor(values[i].signum() < 0 ? SWT.COLOR_RED : colours[i]);
			gc.setBackground(colour);
			gc.fillRectangle(left, y, Math.max(width, 1), barHeight);
			gc.drawText(Formats.wholeKronor(values[i]), left + width + 8, y + barHeight / 2 - 8, true);
		}
	}
}
