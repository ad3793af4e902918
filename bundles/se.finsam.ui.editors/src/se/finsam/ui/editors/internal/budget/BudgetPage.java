package se.finsam.ui.editors.internal.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import se.finsam.core.Formats;
import se.finsam.model.Budget;
import se.finsam.model.BudgetAmount;
import se.finsam.model.BudgetLine;
import se.finsam.model.FinsamFactory;
import se.finsam.model.FinsamPackage.Literals;
import se.finsam.model.Party;
import se.finsam.ui.ProjectEditorInput;
import se.finsam.ui.editors.internal.ChildTable;
import se.finsam.ui.editors.internal.ChildTable.Column;
import se.finsam.ui.editors.internal.Fields.Kind;
import se.finsam.ui.editors.internal.Messages;
import se.finsam.ui.editors.internal.ProjectEditor;
import se.finsam.ui.editors.internal.ContentFormPage;

/**
 * Budget: lines × years with remaining amounts and totals, cost per participant, financing per party, flat rates.
 */
public class BudgetPage extends ContentFormPage {

	private Composite body;
	private FormToolkit toolkit;
	private BudgetGrid grid;
	private Label costPerParticipant;
	private Label financing;
	private Label refusal;

	public BudgetPage(ProjectEditor editor) {
		super(editor, ProjectEditorInput.BUDGET, Messages.Budget_title);
	}

	@Override
	protected String loadingText() {
		return Messages.Budget_loading;
	}

	@Override
	protected boolean available() {
		return super.available() || getEditor().budgetOnly();
	}

	@Override
	protected void build(IManagedForm managedForm, Composite body) {
		this.body = body;
		this.toolkit = managedForm.getToolkit();
		Budget budget = project().getBudget();
		Composite lines = section(managedForm, body, Messages.Budget_lines, editableHint(Messages.Budget_linesHint));
		grid = new BudgetGrid(lines, context(), budget, this::refused);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(grid.control());
		refusal = toolkit.createLabel(lines, "", SWT.WRAP);
		refusal.setForeground(refusal.getDisplay().getSystemColor(SWT.COLOR_RED));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).exclude(true).applyTo(refusal);
		refusal.setVisible(false);
		Composite buttons = toolkit.createComposite(lines);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(buttons);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
		button(buttons, Messages.Budget_addLine, Messages.Budget_addLineTip, this::addLine);
		button(buttons, Messages.Budget_removeLine, Messages.Budget_removeLineTip, this::removeLine);
		button(buttons, Messages.Budget_addYear, Messages.Budget_addYearTip, this::addYear);
		button(buttons, Messages.Budget_removeYear, Messages.Budget_removeYearTip, this::removeYear);

		Composite figures = section(managedForm, body, Messages.Budget_figures, null);
		costPerParticipant = toolkit.createLabel(figures, "");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(costPerParticipant);
		financing = toolkit.createLabel(figures, "", SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(financing);

		Composite rates = section(managedForm, body, Messages.Budget_flatRates, Messages.Budget_flatRatesHint);
		new ChildTable(toolkit, rates, context(), budget, Literals.BUDGET__FLAT_RATES,
				List.of(new Column(Messages.Budget_flatRateLabel, Literals.FLAT_RATE__LABEL, Kind.TEXT, 260),
						new Column(Messages.Budget_flatRateAmount, Literals.FLAT_RATE__ANNUAL_AMOUNT, Kind.DECIMAL, 130),
						new Column(Messages.Budget_from, Literals.FLAT_RATE__START, Kind.DATE, 110),
						new Column(Messages.Budget_to, Literals.FLAT_RATE__END, Kind.DATE, 110)),
				FinsamFactory.eINSTANCE::createFlatRate, 2);
		context().onChange(grid.viewer().getControl(), this::refresh);
		refresh();
	}

	private void refresh() {
		if (grid == null || grid.viewer().getControl().isDisposed()) {
			return;
		}
		grid.rebuild();
		Budget budget = project().getBudget();
		BigDecimal cost = budget.getLines().stream().map(BudgetLine::totalAccumulatedCost).reduce(BigDecimal.ZERO,
				BigDecimal::add);
		BigDecimal total = budget.getLines().stream().map(BudgetLine::totalBudget).reduce(BigDecimal.ZERO,
				BigDecimal::add);
		int participants = getEditor().budgetOnly() ? getEditor().readerCount() : project().getParticipants().size();
		costPerParticipant.setText(participants == se.finsam.store.ProjectSummary.SUPPRESSED
				? NLS.bind(Messages.Budget_costPerParticipantHidden, Formats.wholeKronor(cost))
				: participants == 0 ? Messages.Budget_noParticipants
				: NLS.bind(Messages.Budget_costPerParticipant, new Object[] { Formats.wholeKronor(cost),
						Formats.count(participants), Formats.wholeKronor(cost.divide(BigDecimal.valueOf(participants), 0,
								RoundingMode.HALF_UP)) }));
		StringBuilder parties = new StringBuilder(Messages.Budget_financing);
		for (Party party : getEditor().association().getParties()) {
			if (party.getFinancingShare() != null && party.getFinancingShare().signum() > 0) {
				BigDecimal part = total.multiply(party.getFinancingShare()).divide(BigDecimal.valueOf(100), 0,
						RoundingMode.HALF_UP);
				parties.append("\n").append(NLS.bind(Messages.Budget_financingLine, new Object[] { party.getName(),
						Formats.percent(party.getFinancingShare()), Formats.wholeKronor(part) }));
			}
		}
		financing.setText(parties.toString());
		body.layout(true, true);
	}

	/** A typed text that was not taken, said under the grid until the next edit; null clears it. */
	private void refused(String message) {
		if (refusal == null || refusal.isDisposed()) {
			return;
		}
		refusal.setText(message == null ? "" : message);
		refusal.setVisible(message != null);
		((org.eclipse.swt.layout.GridData) refusal.getLayoutData()).exclude = message == null;
		body.layout(true, true);
	}

	/** What the page says under the grid about a refused text (tests). */
	public String refusal() {
		return refusal == null || !refusal.isVisible() ? null : refusal.getText();
	}

	@Override
	protected void showProblems(java.util.List<se.finsam.model.validation.Problem> problems) {
		super.showProblems(problems);
		if (grid != null && !grid.viewer().getControl().isDisposed()) {
			grid.setProblems(problems);
			// Every budget error is on this page: in the grid or the flat rates.
			int here = (int) problems.stream().filter(se.finsam.model.validation.Problem::error)
					.filter(p -> se.finsam.ui.editors.internal.ProblemPages.isBudget(p)).count();
			int all = (int) problems.stream().filter(se.finsam.model.validation.Problem::error).count();
			se.finsam.ui.editors.internal.Fields.heading(getManagedForm().getForm(), here, all - here);
		}
	}

	private void button(Composite parent, String text, String tip, Runnable action) {
		Button b = toolkit.createButton(parent, text, SWT.PUSH);
		b.setToolTipText(tip);
		b.addListener(SWT.Selection, e -> action.run());
	}

	private void addLine() {
		BudgetLine line = FinsamFactory.eINSTANCE.createBudgetLine();
		line.setLabel(Messages.Budget_newLine);
		line.setCategory("OVRIGT");
		for (int year : grid.years()) {
			BudgetAmount amount = FinsamFactory.eINSTANCE.createBudgetAmount();
			amount.setYear(year);
			line.getAmounts().add(amount);
		}
		context().execute(AddCommand.create(context().domain(), project().getBudget(), Literals.BUDGET__LINES, line));
	}

	private void removeLine() {
		Object selected = grid.names().getStructuredSelection().getFirstElement();
		if (selected instanceof BudgetLine line) {
			context().execute(RemoveCommand.create(context().domain(), project().getBudget(), Literals.BUDGET__LINES,
					List.of(line)));
		}
	}

	/** A year is added to every line at once, as one command. */
	private void addYear() {
		List<Integer> years = grid.years();
		int suggestion = years.isEmpty() ? LocalDate.now().getYear() : years.get(years.size() - 1) + 1;
		InputDialog dialog = new InputDialog(getSite().getShell(), Messages.Budget_addYearTitle,
				Messages.Budget_addYearMessage, String.valueOf(suggestion),
				t -> t.strip().matches("(19|20)\\d{2}") && !years.contains(Integer.valueOf(t.strip())) ? null
						: Messages.Budget_addYearInvalid);
		if (dialog.open() != Window.OK) {
			return;
		}
		int year = Integer.parseInt(dialog.getValue().strip());
		CompoundCommand add = new CompoundCommand(Messages.Budget_addYear);
		for (BudgetLine line : project().getBudget().getLines()) {
			BudgetAmount amount = FinsamFactory.eINSTANCE.createBudgetAmount();
			amount.setYear(year);
			add.append(AddCommand.create(context().domain(), line, Literals.BUDGET_LINE__AMOUNTS, amount));
		}
		context().execute(add);
	}

	private void removeYear() {
		List<Integer> years = grid.years();
		if (years.isEmpty()) {
			return;
		}
		InputDialog dialog = new InputDialog(getSite().getShell(), Messages.Budget_removeYearTitle,
				Messages.Budget_removeYearMessage, String.valueOf(years.get(years.size() - 1)),
				t -> t.strip().matches("\\d{4}") && years.contains(Integer.valueOf(t.strip())) ? null
						: Messages.Budget_removeYearInvalid);
		if (dialog.open() != Window.OK) {
			return;
		}
		int year = Integer.parseInt(dialog.getValue().strip());
		CompoundCommand remove = new CompoundCommand(Messages.Budget_removeYear);
		for (BudgetLine line : project().getBudget().getLines()) {
			List<BudgetAmount> amounts = new ArrayList<>();
			line.getAmounts().stream().filter(a -> a.getYear() == year).forEach(amounts::add);
			if (!amounts.isEmpty()) {
				remove.append(RemoveCommand.create(context().domain(), line, Literals.BUDGET_LINE__AMOUNTS, amounts));
			}
		}
		context().execute(remove);
	}

	public BudgetGrid grid() {
		return grid;
	}
}
