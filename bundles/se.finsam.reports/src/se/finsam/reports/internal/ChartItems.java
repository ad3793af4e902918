package se.finsam.reports.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.birt.chart.model.Chart;
import org.eclipse.birt.chart.model.ChartWithAxes;
import org.eclipse.birt.chart.model.ChartWithoutAxes;
import org.eclipse.birt.chart.model.attribute.AxisType;
import org.eclipse.birt.chart.model.attribute.ChartDimension;
import org.eclipse.birt.chart.model.attribute.DataPointComponentType;
import org.eclipse.birt.chart.model.attribute.Position;
import org.eclipse.birt.chart.model.attribute.ColorDefinition;
import org.eclipse.birt.chart.model.attribute.impl.BoundsImpl;
import org.eclipse.birt.chart.model.attribute.impl.ColorDefinitionImpl;
import org.eclipse.birt.chart.model.attribute.impl.DataPointComponentImpl;
import org.eclipse.birt.chart.model.attribute.impl.JavaNumberFormatSpecifierImpl;
import org.eclipse.birt.chart.model.component.Axis;
import org.eclipse.birt.chart.model.component.Series;
import org.eclipse.birt.chart.model.component.impl.SeriesImpl;
import org.eclipse.birt.chart.model.data.SeriesDefinition;
import org.eclipse.birt.chart.model.data.impl.NumberDataElementImpl;
import org.eclipse.birt.chart.model.data.impl.QueryImpl;
import org.eclipse.birt.chart.model.data.impl.SeriesDefinitionImpl;
import org.eclipse.birt.chart.model.impl.ChartWithAxesImpl;
import org.eclipse.birt.chart.model.impl.ChartWithoutAxesImpl;
import org.eclipse.birt.chart.model.type.impl.BarSeriesImpl;
import org.eclipse.birt.chart.model.type.impl.PieSeriesImpl;
import org.eclipse.birt.report.model.api.ElementFactory;
import org.eclipse.birt.report.model.api.ExtendedItemHandle;
import org.eclipse.birt.report.model.api.PropertyHandle;
import org.eclipse.birt.report.model.api.ReportDesignHandle;
import org.eclipse.birt.report.model.api.ScriptDataSetHandle;
import org.eclipse.birt.report.model.api.ScriptDataSourceHandle;
import org.eclipse.birt.report.model.api.StructureFactory;
import org.eclipse.birt.report.model.api.StyleHandle;
import org.eclipse.birt.report.model.api.activity.SemanticException;
import org.eclipse.birt.report.model.api.elements.structures.ComputedColumn;
import org.eclipse.birt.report.model.api.elements.structures.ResultSetColumn;
import org.eclipse.birt.report.model.api.extension.ExtendedElementException;

import se.finsam.model.ChartType;

/**
 * A BIRT chart for a {@link Block.Chart}: a scripted data set holding its labels and values (the figures are
 * computed already; the script only hands them over), and a bar or pie chart bound to it. Charts are vector
 * graphics (SVG) where the output keeps them so (PDF, HTML); the value axis starts at zero; each group has the
 * colour of its place among all groups (the design's palette, styles {@code chart-1} … {@code chart-8}), so a group
 * keeps its colour when another is left out. BIRT shortens a bar's label longer than its share of the chart
 * ("…"); the table the chart belongs to always has it whole.
 */
final class ChartItems {

	private static final String SOURCE = "figures";
	private static final String[] PALETTE = { "#1F3A5F", "#4F81BD", "#9BBB59", "#F2A541", "#C0504D", "#8064A2",
			"#4BACC6", "#7F7F7F" };
	/** Points per bar and the room around the bars. */
	private static final int BAR = 22;
	private static final int FRAME = 70;
	private final ReportDesignHandle design;
	private final ElementFactory factory;
	/** Swedish grouping (a space) comes from the report's locale. */
	private static final String NUMBER = "#,##0.#";
	private final String imageFormat;
	private int count;

	/** @param imageFormat {@code SVG} for vector output, {@code PNG} where a bitmap travels better (Word) */
	ChartItems(ReportDesignHandle design, ElementFactory factory, String imageFormat) {
		this.design = design;
		this.factory = factory;
		this.imageFormat = imageFormat;
	}

	ExtendedItemHandle chart(Block.Chart c) throws SemanticException {
		String dataSet = dataSet(c);
		ExtendedItemHandle item = factory.newExtendedItem(null, "Chart");
		int height = c.type() == ChartType.PIE ? 227 : Math.max(140, FRAME + BAR * c.labels().size());
		item.setWidth(c.type() == ChartType.PIE ? "12cm" : "16cm");
		item.setHeight(height + "pt");
		item.setProperty("outputFormat", imageFormat);
		item.setProperty(ExtendedItemHandle.DATA_SET_PROP, dataSet);
		PropertyHandle bindings = item.getColumnBindings();
		bindings.addItem(binding("label", "string"));
		bindings.addItem(binding("value", "float"));
		Chart chart = c.type() == ChartType.PIE ? pie(c) : bar(c);
		chart.getTitle().getLabel().getCaption().setValue(c.title());
		chart.getTitle().getLabel().getCaption().getFont().setName(ReportStyles.FONT);
		chart.getTitle().getLabel().getCaption().getFont().setSize(11);
		chart.getBlock().setBounds(BoundsImpl.create(0, 0, c.type() == ChartType.PIE ? 340 : 454, height));
		chart.setDimension(ChartDimension.TWO_DIMENSIONAL_LITERAL);
		try {
			item.getReportItem().setProperty("chart.instance", chart);
		} catch (ExtendedElementException e) {
			throw new IllegalStateException(e);
		}
		return item;
	}

	private static ComputedColumn binding(String name, String type) {
		ComputedColumn column = StructureFactory.createComputedColumn();
		column.setName(name);
		column.setExpression("dataSetRow[\"" + name + "\"]");
		column.setDataType(type);
		return column;
	}

	private Chart bar(Block.Chart c) {
		ChartWithAxes chart = ChartWithAxesImpl.create();
		chart.setType("Bar Chart");
		chart.setSubType("Side-by-side");
		chart.getLegend().setVisible(false);
		// Horizontal bars: the long Swedish labels (exit reasons) read on one line each.
		chart.setTransposed(true);
		Axis x = chart.getPrimaryBaseAxes()[0];
		x.setType(AxisType.TEXT_LITERAL);
		x.getLabel().getCaption().getFont().setName(ReportStyles.FONT);
		x.getLabel().getCaption().getFont().setSize(7);
		// No (transparent) background behind the labels: Batik draws the text of such a group invisible in PDF.
		x.getLabel().setBackground(null);
		Axis y = chart.getPrimaryOrthogonalAxis(x);
		y.setType(AxisType.LINEAR_LITERAL);
		if (c.values().stream().allMatch(v -> v >= 0)) {
			y.getScale().setMin(NumberDataElementImpl.create(0)); // bars measured from zero, never from a cut axis
		}
		y.getTitle().getCaption().setValue(c.valueLabel());
		y.getTitle().getCaption().getFont().setName(ReportStyles.FONT);
		y.getTitle().getCaption().getFont().setSize(8);
		y.getTitle().setVisible(true);
		y.getLabel().getCaption().getFont().setName(ReportStyles.FONT);
		y.setFormatSpecifier(JavaNumberFormatSpecifierImpl.create(NUMBER)); // 10 000 000, not 10000000

		SeriesDefinition base = SeriesDefinitionImpl.create();
		base.getSeries().add(category());
		x.getSeriesDefinitions().add(base);
		palette(base, List.of(c.colours().isEmpty() ? 0 : c.colours().get(0)));

		Series bars = BarSeriesImpl.create();
		bars.getDataDefinition().add(QueryImpl.create("row[\"value\"]"));
		bars.getLabel().setVisible(true);
		bars.getLabel().getCaption().getFont().setName(ReportStyles.FONT);
		bars.getLabel().getCaption().getFont().setSize(7);
		bars.setLabelPosition(Position.OUTSIDE_LITERAL);
		bars.getDataPoint().getComponents().clear();
		bars.getDataPoint().getComponents().add(DataPointComponentImpl.create(
				DataPointComponentType.ORTHOGONAL_VALUE_LITERAL, JavaNumberFormatSpecifierImpl.create(NUMBER)));
		SeriesDefinition values = SeriesDefinitionImpl.create();
		values.getSeries().add(bars);
		y.getSeriesDefinitions().add(values);
		return chart;
	}

	private Chart pie(Block.Chart c) {
		ChartWithoutAxes chart = ChartWithoutAxesImpl.create();
		chart.setType("Pie Chart");
		chart.setSubType("Standard Pie Chart");
		chart.getLegend().setVisible(true);
		chart.getLegend().getText().getFont().setName(ReportStyles.FONT);
		chart.getLegend().getText().getFont().setSize(7);
		SeriesDefinition base = SeriesDefinitionImpl.create();
		base.getSeries().add(category());
		palette(base, c.colours());
		chart.getSeriesDefinitions().add(base);
		Series slices = PieSeriesImpl.create();
		slices.getDataDefinition().add(QueryImpl.create("row[\"value\"]"));
		slices.getLabel().setVisible(true);
		slices.getLabel().getCaption().getFont().setName(ReportStyles.FONT);
		slices.getLabel().getCaption().getFont().setSize(7);
		slices.getDataPoint().getComponents().clear();
		slices.getDataPoint().getComponents().add(DataPointComponentImpl.create(
				DataPointComponentType.ORTHOGONAL_VALUE_LITERAL, JavaNumberFormatSpecifierImpl.create(NUMBER)));
		SeriesDefinition values = SeriesDefinitionImpl.create();
		values.getSeries().add(slices);
		base.getSeriesDefinitions().add(values);
		return chart;
	}

	/** The colours of the groups shown, each by its place among all groups. */
	private void palette(SeriesDefinition definition, List<Integer> places) {
		var entries = definition.getSeriesPalette().getEntries();
		entries.clear();
		for (int place : places) {
			entries.add(colour(place));
		}
	}

	private ColorDefinition colour(int place) {
		String hex = PALETTE[place % PALETTE.length];
		StyleHandle style = design.findStyle("chart-" + (place % PALETTE.length + 1));
		if (style != null && style.getBackgroundColor().isSet()) {
			hex = style.getBackgroundColor().getCssValue();
		}
		java.awt.Color rgb = java.awt.Color.decode(hex.startsWith("#") ? hex : "#" + hex);
		return ColorDefinitionImpl.create(rgb.getRed(), rgb.getGreen(), rgb.getBlue());
	}

	private static Series category() {
		Series category = SeriesImpl.create();
		category.getDataDefinition().add(QueryImpl.create("row[\"label\"]"));
		return category;
	}

	/** A scripted data set whose rows are the chart's labels and values, written into the script as literals. */
	private String dataSet(Block.Chart c) throws SemanticException {
		if (design.findDataSource(SOURCE) == null) {
			ScriptDataSourceHandle source = factory.newScriptDataSource(SOURCE);
			design.getDataSources().add(source);
		}
		String name = "chart" + (++count);
		ScriptDataSetHandle set = factory.newScriptDataSet(name);
		set.setDataSource(SOURCE);
		// The values live in the report's scope (its initialize script): a data set's own script scope is the
		// data set object, which takes no new names.
		String rows = "finsam_" + name;
		StringBuilder init = new StringBuilder(rows).append(" = [");
		for (int i = 0; i < c.labels().size(); i++) {
			init.append(i == 0 ? "" : ",").append("[").append(js(c.labels().get(i))).append(",")
					.append(String.format(Locale.ROOT, "%s", c.values().get(i))).append("]");
		}
		init.append("];\n").append(rows).append("_i = 0;\n");
		String before = design.getInitialize() == null ? "" : design.getInitialize();
		design.setInitialize(before + init);
		set.setOpen(rows + "_i = 0;");
		set.setFetch("if (" + rows + "_i >= " + rows + ".length) return false; row[\"label\"] = " + rows + "[" + rows
				+ "_i][0]; row[\"value\"] = " + rows + "[" + rows + "_i][1]; " + rows + "_i++; return true;");
		PropertyHandle columns = set.getPropertyHandle(ScriptDataSetHandle.RESULT_SET_PROP);
		columns.addItem(column("label", "string", 1));
		columns.addItem(column("value", "float", 2));
		design.getDataSets().add(set);
		return name;
	}

	private static ResultSetColumn column(String name, String type, int position) {
		ResultSetColumn column = StructureFactory.createResultSetColumn();
		column.setColumnName(name);
		column.setDataType(type);
		column.setPosition(position);
		return column;
	}

	/** A JavaScript string literal: labels come from code lists a plug-in may contribute. */
	private static String js(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char ch : text.toCharArray()) {
			switch (ch) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			default -> out.append(ch < 0x20 || ch == 0x2028 || ch == 0x2029 ? String.format("\\u%04x", (int) ch) : ch);
			}
		}
		return out.append('"').toString();
	}
}
