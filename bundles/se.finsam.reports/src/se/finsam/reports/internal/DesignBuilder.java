package se.finsam.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Locale;

import org.eclipse.birt.report.model.api.CellHandle;
import org.eclipse.birt.report.model.api.DesignElementHandle;
import org.eclipse.birt.report.model.api.ElementFactory;
import org.eclipse.birt.report.model.api.GridHandle;
import org.eclipse.birt.report.model.api.IDesignEngine;
import org.eclipse.birt.report.model.api.LabelHandle;
import org.eclipse.birt.report.model.api.ReportDesignHandle;
import org.eclipse.birt.report.model.api.RowHandle;
import org.eclipse.birt.report.model.api.SessionHandle;
import org.eclipse.birt.report.model.api.SimpleMasterPageHandle;
import org.eclipse.birt.report.model.api.TextItemHandle;
import org.eclipse.birt.report.model.api.activity.SemanticException;
import org.eclipse.birt.report.model.api.elements.DesignChoiceConstants;

import com.ibm.icu.util.ULocale;

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

	public DesignBuilder(IDesignEngine engine, URL baseDesign) throws IOException {
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
		charts = new ChartItems(design, factory);
	}

	public ReportDesignHandle build(List<Block> blocks) throws SemanticException {
		for (Block block : blocks) {
			switch (block) {
			case Block.Heading h -> add(label(h.text(), h.level() == 0 ? ReportStyles.TITLE
					: h.level() == 1 ? ReportStyles.HEADING : ReportStyles.SUBHEADING));
			case Block.Paragraph p -> add(text(p.text(), p.empty() ? ReportStyles.UNANSWERED : ReportStyles.TEXT));
			case Block.Note n -> add(text(n.text(), ReportStyles.NOTE));
			case Block.Table t -> add(table(t.table()));
			case Block.Chart c -> add(charts.chart(c));
			case Block.Facts f -> add(facts(f.rows()));
			case Block.Checks c -> add(checks(c));
			}
		}
		return design;
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
		grid.setWidth(columns > 4 ? "100%" : "90%");
		grid.setStyleName(ReportStyles.TABLE);
		widths(grid, columns <= 2 ? new int[] { 70, 30 } : columns == 3 ? new int[] { 60, 20, 20 }
				: columns == 4 && t.columns().get(1).isEmpty() ? null : even(columns));
		RowHandle header = (RowHandle) grid.getRows().get(0);
		for (int c = 0; c < columns; c++) {
			cell(header, c, t.columns().get(c), ReportStyles.TABLE_HEADER);
		}
		for (int r = 0; r < t.rows().size(); r++) {
			RowHandle row = (RowHandle) grid.getRows().get(r + 1);
			boolean total = t.totalRow() && r == t.rows().size() - 1;
			List<StatTable.Cell> cells = t.rows().get(r);
			for (int c = 0; c < columns && c < cells.size(); c++) {
				boolean number = cells.get(c).kind() != StatTable.Kind.TEXT;
				cell(row, c, cells.get(c).text(), total ? (number ? ReportStyles.TOTAL_NUMBER : ReportStyles.TOTAL)
						: number ? ReportStyles.NUMBER : ReportStyles.CELL);
			}
		}
		return grid;
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

	/** The first column twice as wide as the others. */
	private static int[] even(int columns) {
		int[] w = new int[columns];
		int rest = 100 / (columns + 1);
		java.util.Arrays.fill(w, rest);
		w[0] = 100 - rest * (columns - 1);
		return w;
	}

	private void cell(RowHandle row, int column, String text, String style) throws SemanticException {
		CellHandle cell = (CellHandle) row.getCells().get(column);
		cell.setStyleName(style);
		cell.getContent().add(text(text, null)); // the font comes from the cell's style
	}
}
