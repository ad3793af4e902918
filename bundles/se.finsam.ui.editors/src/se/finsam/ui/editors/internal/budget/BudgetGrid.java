package se.finsam.ui.editors.internal.budget;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.jface.resource.JFaceResources;

import se.finsam.core.Formats;
import se.finsam.model.Budget;
import se.finsam.model.BudgetAmount;
import se.finsam.model.BudgetLine;
import se.finsam.model.FinsamFactory;
import se.finsam.model.FinsamPackage.Literals;
import se.finsam.model.codes.CodeLists;
import se.finsam.model.util.Amounts;
import se.finsam.ui.editors.internal.EditingContext;
import se.finsam.ui.editors.internal.Messages;

/**
 * Budget lines × years: budget including supplements, requisitioned and accumulated cost per cell, edited in place
 * in Swedish number format; remaining and totals per line, per year and overall computed as you type.
 */
public final class BudgetGrid {

	/** The last row: sums of every column. */
	static final Object TOTAL = new Object();

	private enum Measure {
		BUDGET(Literals.BUDGET_AMOUNT__BUDGET), REQUISITIONED(Literals.BUDGET_AMOUNT__REQUISITIONED),
		COST(Literals.BUDGET_AMOUNT__ACCUMULATED_COST), REMAINING(null);

		final EAttribute feature;

		Measure(EAttribute feature) {
			this.feature = feature;
		}

		BigDecimal of(BudgetAmount a) {
			return a == null ? null : feature == null ? a.remaining() : (BigDecimal) a.eGet(feature);
		}
	}

	private final EditingContext context;
	private final Budget budget;
	private final TableViewer viewer;
	private List<Integer> shownYears = List.of();

	BudgetGrid(Composite parent, EditingContext context, Budget budget) {
		this.context = context;
		this.budget = budget;
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		rebuild();
	}

	public TableViewer viewer() {
		return viewer;
	}

	/** The years that have at least one amount, in order. */
	List<Integer> years() {
		TreeSet<Integer> years = new TreeSet<>();
		for (BudgetLine line : budget.getLines()) {
			line.getAmounts().forEach(a -> years.add(a.getYear()));
		}
		return new ArrayList<>(years);
	}

	/** Columns follow the years; rows the lines and the total. Called after every change. */
	void rebuild() {
		List<Integer> years = years();
		if (!years.equals(shownYears)) {
			for (TableColumn c : viewer.getTable().getColumns()) {
				c.dispose();
			}
			column(Messages.Budget_line, 210, row -> row == TOTAL ? Messages.Budget_total : ((BudgetLine) row).getLabel(),
					Literals.BUDGET_LINE__LABEL);
			column(Messages.Budget_category, 100, row -> row == TOTAL ? ""
					: CodeLists.defaults().label(CodeLists.BUDGET_CATEGORY, ((BudgetLine) row).getCategory()), null);
			for (int year : years) {
				for (Measure m : Measure.values()) {
					amountColumn(year, m);
				}
			}
			totalColumn(Messages.Budget_totalBudget, BudgetLine::totalBudget);
			totalColumn(Messages.Budget_totalCost, BudgetLine::totalAccumulatedCost);
			totalColumn(Messages.Budget_totalRemaining, BudgetLine::totalRemaining);
			shownYears = years;
		}
		List<Object> rows = new ArrayList<>(budget.getLines());
		rows.add(TOTAL);
		viewer.setInput(rows);
	}

	private void column(String title, int width, Function<Object, String> text, EAttribute editable) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}

			@Override
			public Font getFont(Object element) {
				return element == TOTAL ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null;
			}
		});
		if (editable != null) {
			c.setEditingSupport(new Editing(row -> text.apply(row), (row, value) -> context.execute(
					SetCommand.create(context.domain(), row, editable, value.isBlank() ? null : value.strip()))));
		}
	}

	private void amountColumn(int year, Measure measure) {
		String title = year + " " + switch (measure) {
		case BUDGET -> Messages.Budget_budget;
		case REQUISITIONED -> Messages.Budget_requisitioned;
		case COST -> Messages.Budget_cost;
		case REMAINING -> Messages.Budget_remaining;
		};
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.RIGHT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(105);
		c.setLabelProvider(numbers(row -> row == TOTAL ? sum(year, measure) : measure.of(amount((BudgetLine) row, year))));
		if (measure.feature != null) {
			c.setEditingSupport(new Editing(row -> Formats.number(measure.of(amount((BudgetLine) row, year))),
					(row, text) -> setAmount((BudgetLine) row, year, measure.feature, text)));
		}
	}

	private void totalColumn(String title, Function<BudgetLine, BigDecimal> value) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.RIGHT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(120);
		c.setLabelProvider(numbers(row -> row == TOTAL
				? budget.getLines().stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add)
				: value.apply((BudgetLine) row)));
	}

	private static ColumnLabelProvider numbers(Function<Object, BigDecimal> value) {
		return new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return Formats.number(value.apply(element));
			}

			@Override
			public Font getFont(Object element) {
				return element == TOTAL ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null;
			}
		};
	}

	private BigDecimal sum(int year, Measure measure) {
		return budget.getLines().stream().map(l -> Amounts.orZero(measure.of(amount(l, year))))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	static BudgetAmount amount(BudgetLine line, int year) {
		return line.getAmounts().stream().filter(a -> a.getYear() == year).findFirst().orElse(null);
	}

	/** A year without an amount yet gets one, in the same undoable command. */
	private void setAmount(BudgetLine line, int year, EAttribute feature, String text) {
		BigDecimal value;
		try {
			value = Formats.parseNumber(text);
		} catch (ParseException e) {
			return; // the cell editor's validator refused it already
		}
		BudgetAmount amount = amount(line, year);
		if (amount == null) {
			BudgetAmount added = FinsamFactory.eINSTANCE.createBudgetAmount();
			added.setYear(year);
			added.eSet(feature, value);
			context.execute(AddCommand.create(context.domain(), line, Literals.BUDGET_LINE__AMOUNTS, added));
		} else if (value == null ? amount.eGet(feature) != null : !value.equals(amount.eGet(feature))) {
			context.execute(SetCommand.create(context.domain(), amount, feature, value));
		}
	}

	private interface Setter {
		void set(Object row, String text);
	}

	/** Edits a cell of a budget line (never of the total row); numbers must parse. */
	private final class Editing extends EditingSupport {
		private final Function<Object, String> get;
		private final Setter set;
		private final TextCellEditor editor;

		Editing(Function<Object, String> get, Setter set) {
			super(viewer);
			this.get = get;
			this.set = set;
			this.editor = new TextCellEditor(viewer.getTable());
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return element != TOTAL;
		}

		@Override
		protected Object getValue(Object element) {
			String value = get.apply(element);
			return value == null ? "" : value.replace('\u00a0', ' ');
		}

		@Override
		protected void setValue(Object element, Object value) {
			if (!value.equals(getValue(element))) {
				set.set(element, (String) value);
			}
		}
	}
}
