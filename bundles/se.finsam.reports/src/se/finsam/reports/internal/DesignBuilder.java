package se.finsam.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Locale;

import org.eclipse.birt.report.model.api.CellHandle;
import org.eclipse.birt.report.model.api.ColumnHandle;
import org.eclipse.birt.report.model.api.DimensionHandle;
import org.eclipse.birt.report.model.api.DesignElementHandle;
import org.eclipse.birt.report.model.api.ElementFactory;
import org.eclipse.birt.report.model.api.GridHandle;
import org.eclipse.birt.report.model.api.IDesignEngine;
import org.eclipse.birt.report.model.api.LabelHandle;
import org.eclipse.birt.report.model.api.MasterPageHandle;
import org.eclipse.birt.report.model.api.ReportDesignHandle;
import org.eclipse.birt.report.model.api.RowHandle;
import org.eclipse.birt.report.model.api.SessionHandle;
import org.eclipse.birt.report.model.api.SimpleMasterPageHandle;
import org.eclipse.birt.report.model.api.StyleHandle;
import org.eclipse.birt.report.model.api.TextItemHandle;
import org.eclipse.birt.report.model.api.activity.SemanticException;
import org.eclipse.birt.report.model.api.elements.DesignChoiceConstants;
import org.eclipse.birt.report.model.api.util.DimensionUtil;

import com.ibm.icu.util.ULocale;

import se.finsam.core.Settings.ReportFormat;
import se.finsam.stats.StatTable;

/**
 * Turns {@link Block}s into a BIRT design: the template bundle's design (if any) gives the master page and styles,
 * the body is generated. Tables are grids of labels with their values in place: the figures are computed by
 * se.finsam.stats, BIRT only lays them out; charts get a scripted data set with their values.
 */
public final class DesignBuilder {

	private final ReportDesignHandle design;
	private final ElementFactory factory;
	private final ChartItems charts;
	private final float availableWidth;

	/** @param format the output format: charts are drawn as vectors where it keeps them so */
	public DesignBuilder(IDesignEngine engine, URL baseDesign, ReportFormat format) throws IOException {
		SessionHandle session = engine.newSessionHandle(ULocale.forLocale(Locale.getDefault()));
		try {
			if (baseDesign != null) {
				try (InputStream in = baseDesign.openStream()) {
					design = session.openDesign(baseDesign.toString(), in);
				}
			} else {
				design = session.createDesign();
			}
			factory = design.getElementFactory();
			ReportStyles.ensure(design, factory);
			if (design.getMasterPages().getCount() == 0) {
				masterPage();
			}
		} catch (org.eclipse.birt.report.model.api.DesignFileException | SemanticException e) {
			throw new IOException("The report design " + baseDesign + " cannot be used: " + e.getMessage(), e);
		}
		charts = new ChartItems(design, factory, System.getProperty("finsam.chartFormat", format == ReportFormat.PDF || format == ReportFormat.HTML ? "SVG" : "PNG"));
		availableWidth = availableWidth(design);
	}

	public ReportDesignHandle build(List<Block> blocks) throws SemanticException {
		for (Block block : blocks) {
			switch (block) {
			case Block.Heading h -> add(label(h.text(), h.level() == 0 ? ReportStyles.TITLE
					: h.level() == 1 ? ReportStyles.HEADING : ReportStyles.SUBHEADING));
			case Block.Paragraph p -> add(text(p.text(), p.empty() ? ReportStyles.UNANSWERED : ReportStyles.TEXT));
			case Block.Note n -> add(text(n.text(), ReportStyles.NOTE));
			case Block.Table t -> add(table(t.table()));
			case Block.Chart c -> add(chart(c));
			case Block.Facts f -> add(facts(f.rows()));
			case Block.Checks c -> add(checks(c));
			}
		}
		return design;
	}

	/** The chart and its note in one grid that a page break never parts. */
	private GridHandle chart(Block.Chart c) throws SemanticException {
		GridHandle grid = factory.newGridItem(null, 1, c.note() == null ? 1 : 2);
		grid.setProperty(StyleHandle.PAGE_BREAK_INSIDE_PROP, DesignChoiceConstants.PAGE_BREAK_INSIDE_AVOID);
		((CellHandle) ((RowHandle) grid.getRows().get(0)).getCells().get(0)).getContent().add(charts.chart(c));
		if (c.note() != null) {
			((CellHandle) ((RowHandle) grid.getRows().get(1)).getCells().get(0)).getContent()
					.add(text(c.note(), ReportStyles.NOTE));
		}
		return grid;
	}

	private void masterPage() throws SemanticException {
		SimpleMasterPageHandle page = factory.newSimpleMasterPage("Sida");
		page.setPageType(DesignChoiceConstants.PAGE_SIZE_A4);
		page.setProperty(SimpleMasterPageHandle.TOP_MARGIN_PROP, "2cm");
		page.setProperty(SimpleMasterPageHandle.BOTTOM_MARGIN_PROP, "1.5cm");
		page.setProperty(SimpleMasterPageHandle.LEFT_MARGIN_PROP, "2.2cm");
		page.setProperty(SimpleMasterPageHandle.RIGHT_MARGIN_PROP, "2cm");
		var number = factory.newAutoText(null);
		number.setAutoTextType(DesignChoiceConstants.AUTO_TEXT_PAGE_NUMBER);
		number.setStyleName(ReportStyles.NOTE);
		number.setProperty("textAlign", DesignChoiceConstants.TEXT_ALIGN_RIGHT);
		page.getPageFooter().add(number);
		design.getMasterPages().add(page);
	}

	private void add(DesignElementHandle element) throws SemanticException {
		design.getBody().add(element);
	}

	private LabelHandle label(String text, String style) throws SemanticException {
		LabelHandle label = factory.newLabel(null);
		label.setText(text == null ? "" : text);
		label.setStyleName(style);
		return label;
	}

	/** Plain text keeps line breaks; HTML in answers is shown as typed, never interpreted. */
	private TextItemHandle text(String text, String style) throws SemanticException {
		TextItemHandle item = factory.newTextItem(null);
		item.setContentType(DesignChoiceConstants.TEXT_CONTENT_TYPE_PLAIN);
		item.setContent(text == null ? "" : text);
		if (style != null) {
			item.setStyleName(style);
		}
		return item;
	}

	private GridHandle table(StatTable t) throws SemanticException {
		int columns = t.columns().size();
		GridHandle grid = factory.newGridItem(null, columns, t.rows().size() + 1);
		grid.setStyleName(ReportStyles.TABLE);
		ColumnWidths.Layout layout = ColumnWidths.of(t, availableWidth);
		grid.setWidth(points(layout.total()));
		for (int c = 0; c < columns; c++) {
			((ColumnHandle) grid.getColumns().get(c)).setProperty("width", points(layout.widths()[c]));
		}
		String fontSize = layout.fontSize() < ColumnWidths.FONT_SIZE ? points(layout.fontSize()) : null;
		RowHandle header = (RowHandle) grid.getRows().get(0);
		for (int c = 0; c < columns; c++) {
			cell(header, c, t.columns().get(c), ReportStyles.TABLE_HEADER, fontSize);
		}
		for (int r = 0; r < t.rows().size(); r++) {
			RowHandle row = (RowHandle) grid.getRows().get(r + 1);
			boolean total = t.totalRow() && r == t.rows().size() - 1;
			List<StatTable.Cell> cells = t.rows().get(r);
			for (int c = 0; c < columns && c < cells.size(); c++) {
				boolean number = cells.get(c).kind() != StatTable.Kind.TEXT;
				cell(row, c, cells.get(c).text(), total ? (number ? ReportStyles.TOTAL_NUMBER : ReportStyles.TOTAL)
						: number ? ReportStyles.NUMBER : ReportStyles.CELL, fontSize);
			}
		}
		return grid;
	}

	private static String points(float value) {
		return String.format(Locale.ROOT, "%.1fpt", value);
	}

	/** The width of the page's text area: the page less its left and right margins (A4 and 4.2 cm when unknown). */
	private static float availableWidth(ReportDesignHandle design) {
		float fallback = 595.3f - 119f;
		if (design.getMasterPages().getCount() == 0
				|| !(design.getMasterPages().get(0) instanceof MasterPageHandle page)) {
			return fallback;
		}
		try {
			float width = (float) DimensionUtil.convertTo(page.getPageWidth().getMeasure(),
					page.getPageWidth().getUnits(), DesignChoiceConstants.UNITS_PT).getMeasure();
			for (String margin : new String[] { MasterPageHandle.LEFT_MARGIN_PROP, MasterPageHandle.RIGHT_MARGIN_PROP }) {
				DimensionHandle d = page.getDimensionProperty(margin);
				if (d != null && d.isSet()) {
					width -= (float) DimensionUtil.convertTo(d.getMeasure(), d.getUnits(), DesignChoiceConstants.UNITS_PT)
							.getMeasure();
				}
			}
			return width > 100 ? width : fallback;
		} catch (RuntimeException e) {
			return fallback; // a design with sizes we cannot read: the usual A4
		}
	}

	private GridHandle facts(List<String[]> rows) throws SemanticException {
		GridHandle grid = factory.newGridItem(null, 2, rows.size());
		grid.setWidth("100%");
		grid.setStyleName(ReportStyles.TABLE);
		widths(grid, new int[] { 40, 60 });
		for (int r = 0; r < rows.size(); r++) {
			RowHandle row = (RowHandle) grid.getRows().get(r);
			cell(row, 0, rows.get(r)[0], ReportStyles.TABLE_HEADER);
			cell(row, 1, rows.get(r)[1], ReportStyles.CELL);
		}
		return grid;
	}

	private GridHandle checks(Block.Checks c) throws SemanticException {
		GridHandle grid = factory.newGridItem(null, 3, c.statements().size() + 1);
		grid.setWidth("100%");
		grid.setStyleName(ReportStyles.TABLE);
		widths(grid, new int[] { 80, 10, 10 });
		RowHandle header = (RowHandle) grid.getRows().get(0);
		cell(header, 0, c.title() == null ? "" : c.title(), ReportStyles.TABLE_HEADER);
		cell(header, 1, c.yes(), ReportStyles.TABLE_HEADER);
		cell(header, 2, c.no(), ReportStyles.TABLE_HEADER);
		for (int i = 0; i < c.statements().size(); i++) {
			RowHandle row = (RowHandle) grid.getRows().get(i + 1);
			Boolean answer = c.answers().get(i);
			cell(row, 0, c.statements().get(i), ReportStyles.CELL);
			cell(row, 1, Boolean.TRUE.equals(answer) ? "x" : "", ReportStyles.MARK);
			cell(row, 2, Boolean.FALSE.equals(answer) ? "x" : "", ReportStyles.MARK);
		}
		return grid;
	}

	/** Column widths in percent of the grid; the label column gets the room it needs. */
	private static void widths(GridHandle grid, int[] percents) throws SemanticException {
		if (percents == null) {
			return;
		}
		for (int i = 0; i < percents.length && i < grid.getColumns().getCount(); i++) {
			((org.eclipse.birt.report.model.api.ColumnHandle) grid.getColumns().get(i)).setProperty("width",
					percents[i] + "%");
		}
	}

	private void cell(RowHandle row, int column, String text, String style) throws SemanticException {
		cell(row, column, text, style, null);
	}

	/** A cell of the style; a font size only where a wide table had to shrink. */
	private void cell(RowHandle row, int column, String text, String style, String fontSize) throws SemanticException {
		CellHandle cell = (CellHandle) row.getCells().get(column);
		cell.setStyleName(style);
		if (fontSize != null) {
			cell.setProperty(StyleHandle.FONT_SIZE_PROP, fontSize);
		}
		cell.getContent().add(text(text, null)); // the font comes from the cell's style
	}
}
