package se.finsam.ui.editors.internal.participants;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.columnChooser.command.DisplayColumnChooserCommand;
import org.eclipse.nebula.widgets.nattable.columnChooser.command.DisplayColumnChooserCommandHandler;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.ConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.data.IColumnAccessor;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.data.ListDataProvider;
import org.eclipse.nebula.widgets.nattable.filterrow.FilterRowHeaderComposite;
import org.eclipse.nebula.widgets.nattable.filterrow.config.DefaultFilterRowConfiguration;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultColumnHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultRowHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.hideshow.ColumnHideShowLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.reorder.ColumnReorderLayer;
import org.eclipse.nebula.widgets.nattable.selection.RowSelectionModel;
import org.eclipse.nebula.widgets.nattable.selection.RowSelectionProvider;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.config.DefaultSelectionLayerConfiguration;
import org.eclipse.nebula.widgets.nattable.selection.config.DefaultSelectionStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.ui.menu.HeaderMenuConfiguration;
import org.eclipse.nebula.widgets.nattable.ui.menu.PopupMenuBuilder;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

import se.finsam.model.Participant;
import se.finsam.model.validation.Problem;

/**
 * The participants grid (NatTable): virtual, so 10 000 rows cost what a screenful costs; click a header to sort,
 * type in the filter row to filter a column, and choose the columns from the header menu.
 */
public final class ParticipantTable {

	private final NatTable table;
	private final SelectionLayer selectionLayer;
	private final ListDataProvider<Participant> body;
	private final RowSelectionProvider<Participant> selection;
	/** Participants are EObjects (identity, not Serializable); the selection model wants serializable ids. */
	private final Map<Participant, Integer> rowIds = new WeakHashMap<>();
	private static final String ERROR_ROW = "finsamErrorRow";
	private final Set<Participant> withErrors = new HashSet<>();
	private int nextRowId;

	ParticipantTable(Composite parent, ParticipantRows rows) {
		List<ParticipantColumns.Column> columns = ParticipantColumns.ALL;
		body = new ListDataProvider<>(rows.visible(), new IColumnAccessor<>() {
			@Override
			public Object getDataValue(Participant row, int column) {
				return columns.get(column).text().apply(row);
			}

			@Override
			public void setDataValue(Participant row, int column, Object value) {
				// read-only: participants are edited in the form beside the table
			}

			@Override
			public int getColumnCount() {
				return columns.size();
			}
		});
		DataLayer bodyData = new DataLayer(body);
		// A participant with an error stands out in the list, not only in the form beside it.
		bodyData.setConfigLabelAccumulator((labels, column, row) -> {
			Participant p = row >= 0 && row < body.getRowCount() ? body.getRowObject(row) : null;
			if (p != null && withErrors.contains(p)) {
				labels.add(ERROR_ROW);
			}
		});
		for (int i = 0; i < columns.size(); i++) {
			bodyData.setColumnWidthByPosition(i, columns.get(i).width());
		}
		ColumnReorderLayer reorder = new ColumnReorderLayer(bodyData);
		ColumnHideShowLayer hideShow = new ColumnHideShowLayer(reorder);
		selectionLayer = new SelectionLayer(hideShow, false);
		// Whole rows, kept by participant across sorting and filtering; in the list's own selection colours.
		selectionLayer.setSelectionModel(new RowSelectionModel<>(selectionLayer, body, this::rowId));
		selectionLayer.addConfiguration(new DefaultSelectionLayerConfiguration() {
			@Override
			protected void addSelectionStyleConfig() {
				addConfiguration(selectionStyle(parent.getDisplay()));
			}
		});
		ViewportLayer viewport = new ViewportLayer(selectionLayer);

		String[] titles = columns.stream().map(ParticipantColumns.Column::title).toArray(String[]::new);
		IDataProvider headerData = new DefaultColumnHeaderDataProvider(titles);
		DataLayer headerDataLayer = new DefaultColumnHeaderDataLayer(headerData);
		ColumnHeaderLayer header = new ColumnHeaderLayer(headerDataLayer, viewport, selectionLayer);
		SortHeaderLayer<Participant> sortHeader = new SortHeaderLayer<>(header, rows);
		ConfigRegistry config = new ConfigRegistry();
		FilterRowHeaderComposite<Participant> filterHeader = new FilterRowHeaderComposite<>(rows, sortHeader,
				headerData, config);

		IDataProvider rowHeaderData = new DefaultRowHeaderDataProvider(body);
		RowHeaderLayer rowHeader = new RowHeaderLayer(new DefaultRowHeaderDataLayer(rowHeaderData), viewport,
				selectionLayer);
		CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerData, rowHeaderData)),
				rowHeader, filterHeader);
		GridLayer grid = new GridLayer(viewport, filterHeader, rowHeader, corner);

		DisplayColumnChooserCommandHandler chooser = new DisplayColumnChooserCommandHandler(selectionLayer, hideShow,
				header, headerDataLayer, null, null);
		viewport.registerCommandHandler(chooser);

		table = new NatTable(parent, grid, false);
		table.setConfigRegistry(config);
		table.addConfiguration(new DefaultNatTableStyleConfiguration());
		table.addConfiguration(new SingleClickSortConfiguration());
		table.addConfiguration(new DefaultFilterRowConfiguration());
		table.addConfiguration(new HeaderMenuConfiguration(table) {
			@Override
			protected PopupMenuBuilder createColumnHeaderMenu(NatTable natTable) {
				return super.createColumnHeaderMenu(natTable).withHideColumnMenuItem().withShowAllColumnsMenuItem()
						.withColumnChooserMenuItem();
			}
		});
		table.configure();
		Style error = new Style();
		error.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, new Color(parent.getDisplay(), 255, 222, 222));
		config.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, error, DisplayMode.NORMAL, ERROR_ROW);
		selection = new RowSelectionProvider<>(selectionLayer, body, true);
	}

	/** Rows of participants with an error get a red background. */
	void markProblems(List<Problem> problems) {
		Set<Participant> marked = new HashSet<>();
		for (Problem p : problems) {
			if (!p.error()) {
				continue;
			}
			for (EObject o = p.object(); o != null; o = o.eContainer()) {
				if (o instanceof Participant participant) {
					marked.add(participant);
					break;
				}
			}
		}
		if (!marked.equals(withErrors)) {
			withErrors.clear();
			withErrors.addAll(marked);
			if (!table.isDisposed()) {
				table.redraw();
			}
		}
	}

	/** Whether the participant's row is marked as having an error (tests). */
	public boolean marked(Participant participant) {
		return withErrors.contains(participant);
	}

	private Serializable rowId(Participant participant) {
		return rowIds.computeIfAbsent(participant, p -> nextRowId++);
	}

	private static DefaultSelectionStyleConfiguration selectionStyle(Display display) {
		DefaultSelectionStyleConfiguration style = new DefaultSelectionStyleConfiguration();
		Color background = display.getSystemColor(SWT.COLOR_LIST_SELECTION);
		Color foreground = display.getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT);
		style.selectionFont = display.getSystemFont();
		style.selectionBgColor = background;
		style.selectionFgColor = foreground;
		style.anchorBgColor = background;
		style.anchorFgColor = foreground;
		style.selectedHeaderFont = display.getSystemFont();
		style.selectedHeaderBgColor = display.getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW);
		style.selectedHeaderFgColor = display.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND);
		return style;
	}

	public NatTable control() {
		return table;
	}

	public RowSelectionProvider<Participant> selection() {
		return selection;
	}

	/** Opens NatTable's column chooser (which columns, in what order). */
	void chooseColumns() {
		table.doCommand(new DisplayColumnChooserCommand(table));
	}

	/** Selects and reveals the participant's row. */
	public void reveal(Participant participant) {
		selection.setSelection(new org.eclipse.jface.viewers.StructuredSelection(participant));
		int row = body.indexOfRowObject(participant);
		if (row >= 0) {
			table.doCommand(new org.eclipse.nebula.widgets.nattable.viewport.command.ShowRowInViewportCommand(row));
		}
	}

	void refresh() {
		if (!table.isDisposed()) {
			table.refresh();
		}
	}
}
