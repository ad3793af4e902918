package se.finsam.ui.editors.internal.budget;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

import se.finsam.core.Formats;
import se.finsam.model.Budget;
import se.finsam.model.BudgetAmount;
import se.finsam.model.BudgetLine;
import se.finsam.model.FinsamFactory;
import se.finsam.model.FinsamPackage.Literals;
import se.finsam.model.codes.CodeLists;
import se.finsam.model.util.Amounts;
import se.finsam.model.validation.Problem;
import se.finsam.ui.editors.internal.EditingContext;
import se.finsam.ui.editors.internal.Messages;

/**
 * Budget lines × years: budget including supplements, requisitioned and accumulated cost per cell, edited in place
 * in Swedish number format; remaining and totals per line, per year and overall computed as you type. The line's
 * name stays in view (a table of its own, left) while the years scroll sideways; every row shows, so the page
 * scrolls, never the table inside it. A cell with an error is red with the rule's words as its tooltip; text that
 * is not an amount is refused with a message, never dropped silently.
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

	private record Cell(EObject object, EAttribute feature) {
	}

	private final EditingContext context;
	private final Budget budget;
	private final Composite container;
	private final TableViewer names;
	private final TableViewer viewer;
	private final Consumer<String> refused;
	private final Map<Cell, String> problems = new HashMap<>();
	private List<Integer> shownYears = List.of();

	/** @param refused told, in words, when a typed text was not taken (null: it was) */
	BudgetGrid(Composite parent, EditingContext context, Budget budget, Consumer<String> refused) {
		this.context = context;
		this.budget = budget;
		this.refused = refused;
		container = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(0, 0).applyTo(container);
		names = new TableViewer(container, SWT.BORDER | SWT.FULL_SELECTION | SWT.NO_SCROLL);
		viewer = new TableViewer(container, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL);
		for (TableViewer v : new TableViewer[] { names, viewer }) {
			v.getTable().setHeaderVisible(true);
			v.getTable().setLinesVisible(true);
			v.setContentProvider(ArrayContentProvider.getInstance());
			ColumnViewerToolTipSupport.enableFor(v);
		}
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.FILL).applyTo(names.getControl());
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(viewer.getControl());
		// One row, one selection: the name and its amounts are selected together.
		names.addSelectionChangedListener(e -> viewer.getTable().setSelection(names.getTable().getSelectionIndices()));
		viewer.addSelectionChangedListener(e -> names.getTable().setSelection(viewer.getTable().getSelectionIndices()));
		column(names, Messages.Budget_line, 210, row -> row == TOTAL ? Messages.Budget_total : ((BudgetLine) row).getLabel(),
				Literals.BUDGET_LINE__LABEL);
		column(names, Messages.Budget_category, 110, row -> row == TOTAL ? ""
				: CodeLists.defaults().label(CodeLists.BUDGET_CATEGORY, ((BudgetLine) row).getCategory()), null);
		rebuild();
	}

	public Composite control() {
		return container;
	}

	/** The amounts (years and totals); its rows are the lines and the total. */
	public TableViewer viewer() {
		return viewer;
	}

	/** The lines' names and categories, in view while the years scroll. */
	public TableViewer names() {
		return names;
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
		names.setInput(rows);
		viewer.setInput(rows);
		fitHeight(rows.size());
	}

	/** Every row shows: the tables are as tall as their rows (the page scrolls, not the table). */
	private void fitHeight(int rows) {
		Table t = viewer.getTable();
		int height = t.getHeaderHeight() + rows * t.getItemHeight() + 2 * t.getBorderWidth() + 2;
		int bar = t.getHorizontalBar() == null ? 0 : t.getHorizontalBar().getSize().y;
		((org.eclipse.swt.layout.GridData) names.getControl().getLayoutData()).heightHint = height;
		((org.eclipse.swt.layout.GridData) viewer.getControl().getLayoutData()).heightHint = height + bar;
		container.getParent().layout(true, true);
	}

	/** Errors of the budget's cells, from the rules; the cells show them. */
	void setProblems(List<Problem> all) {
		problems.clear();
		for (Problem p : all) {
			if (p.error() && p.feature() instanceof EAttribute a
					&& (p.object() instanceof BudgetAmount || p.object() instanceof BudgetLine)) {
				problems.merge(new Cell(p.object(), a), p.message(), (x, y) -> x + "\n" + y);
			}
		}
		names.refresh();
		viewer.refresh();
	}

	/** The error shown at a line's cell (tests). */
	public String problemAt(BudgetLine line, int year, String measure) {
		BudgetAmount a = amount(line, year);
		return a == null ? null : problems.get(new Cell(a, Measure.valueOf(measure).feature));
	}

	private void column(TableViewer v, String title, int width, Function<Object, String> text, EAttribute editable) {
		TableViewerColumn c = new TableViewerColumn(v, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new Labels(text::apply, row -> row instanceof BudgetLine l && editable != null
				? problems.get(new Cell(l, editable)) : null));
		if (editable != null) {
			c.setEditingSupport(new Editing(v, row -> text.apply(row), null, (row, value) -> context.execute(
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
		Function<Object, BigDecimal> value = row -> row == TOTAL ? sum(year, measure)
				: measure.of(amount((BudgetLine) row, year));
		c.setLabelProvider(new Labels(row -> Formats.number(value.apply(row)), row -> {
			BudgetAmount a = row instanceof BudgetLine l ? amount(l, year) : null;
			return a == null || measure.feature == null ? null : problems.get(new Cell(a, measure.feature));
		}));
		if (measure.feature != null) {
			c.setEditingSupport(new Editing(viewer, row -> Formats.number(measure.of(amount((BudgetLine) row, year))),
					NLS.bind(Messages.Budget_cell, title), (row, text) -> setAmount((BudgetLine) row, year,
							measure.feature, text)));
		}
	}

	private void totalColumn(String title, Function<BudgetLine, BigDecimal> value) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.RIGHT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(120);
		c.setLabelProvider(new Labels(row -> Formats.number(row == TOTAL
				? budget.getLines().stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add)
				: value.apply((BudgetLine) row)), row -> null));
	}

	/** Text, the total row in bold, and a cell with an error red with the message as its tooltip. */
	private static final class Labels extends ColumnLabelProvider {
		private final Function<Object, String> text;
		private final Function<Object, String> problem;

		Labels(Function<Object, String> text, Function<Object, String> problem) {
			this.text = text;
			this.problem = problem;
		}

		@Override
		public String getText(Object element) {
			return text.apply(element);
		}

		@Override
		public Font getFont(Object element) {
			return element == TOTAL ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null;
		}

		@Override
		public Color getBackground(Object element) {
			return problem.apply(element) == null ? null : new Color(255, 210, 210);
		}

		@Override
		public String getToolTipText(Object element) {
			return problem.apply(element);
		}
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
			return; // refused (and said) by the cell's validator
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

	/**
	 * Edits a cell of a budget line (never of the total row). An amount must parse: text that does not is refused,
	 * and the page says so, naming the cell and what was typed.
	 */
	private final class Editing extends EditingSupport {
		private final Function<Object, String> get;
		private final Setter set;
		private final TextCellEditor editor;
		private Object editing;

		Editing(TableViewer table, Function<Object, String> get, String amountCell, Setter set) {
			super(table);
			this.get = get;
			this.set = set;
			this.editor = new TextCellEditor(table.getTable());
			if (amountCell != null) {
				editor.setValidator(value -> {
					try {
						Formats.parseNumber((String) value);
						return null;
					} catch (ParseException e) {
						return NLS.bind(Messages.Budget_notAnAmount, new Object[] { value,
								editing instanceof BudgetLine l ? l.getLabel() : "", amountCell });
					}
				});
				editor.addListener(new org.eclipse.jface.viewers.ICellEditorListener() {
					@Override
					public void applyEditorValue() {
						refused.accept(editor.isValueValid() ? null : editor.getErrorMessage());
					}

					@Override
					public void cancelEditor() {
						refused.accept(null);
					}

					@Override
					public void editorValueChanged(boolean oldValid, boolean newValid) {
						editor.getControl().setForeground(editor.getControl().getDisplay()
								.getSystemColor(newValid ? SWT.COLOR_LIST_FOREGROUND : SWT.COLOR_RED));
					}
				});
			}
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			editing = element;
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return element != TOTAL && !context.readOnly();
		}

		@Override
		protected Object getValue(Object element) {
			String value = get.apply(element);
			return value == null ? "" : value.replace('\u00a0', ' ');
		}

		@Override
		protected void setValue(Object element, Object value) {
			if (value != null && !value.equals(getValue(element))) {
				set.set(element, (String) value);
			}
		}
	}
}
