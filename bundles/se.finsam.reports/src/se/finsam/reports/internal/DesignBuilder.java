package se.finsam.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.birt.report.model.api.CellHandle;
import org.eclipse.birt.report.model.api.ColumnHandle;
import org.eclipse.birt.report.model.api.DesignElementHandle;
import org.eclipse.birt.report.model.api.DimensionHandle;
import org.eclipse.birt.report.model.api.ElementFactory;
import org.eclipse.birt.report.model.api.GridHandle;
import org.eclipse.birt.report.model.api.IDesignEngine;
import org.eclipse.birt.report.model.api.ImageHandle;
import org.eclipse.birt.report.model.api.LabelHandle;
import org.eclipse.birt.report.model.api.MasterPageHandle;
import org.eclipse.birt.report.model.api.ReportDesignHandle;
import org.eclipse.birt.report.model.api.RowHandle;
import org.eclipse.birt.report.model.api.SessionHandle;
import org.eclipse.birt.report.model.api.SimpleMasterPageHandle;
import org.eclipse.birt.report.model.api.StructureFactory;
import org.eclipse.birt.report.model.api.StyleHandle;
import org.eclipse.birt.report.model.api.TextItemHandle;
import org.eclipse.birt.report.model.api.activity.SemanticException;
import org.eclipse.birt.report.model.api.elements.DesignChoiceConstants;
import org.eclipse.birt.report.model.api.elements.structures.EmbeddedImage;
import org.eclipse.birt.report.model.api.metadata.DimensionValue;
import org.eclipse.birt.report.model.api.util.DimensionUtil;

import com.ibm.icu.util.ULocale;

import se.finsam.core.Settings.ReportFormat;
import se.finsam.stats.StatTable;

/**
 * Turns {@link Block}s into a BIRT design: the template bundle's design (if any) gives the master page and styles,
 * the body is generated. Tables are grids of labels with their values in place: the figures are computed by
 * se.finsam.stats, BIRT only lays them out; charts are drawings ({@link SvgChart}) embedded in the design.
 */
public final class DesignBuilder {

	private static final String LANDSCAPE = "Liggande";
	/** Tables of at most this many rows are kept on one page. */
	static final int KEPT_TOGETHER = 25;

	private final ReportDesignHandle design;
	private final ElementFactory factory;
	private final ReportFormat format;
	private int charts;
	private final float portraitWidth;
	private final float landscapeWidth;
	/** The body's items in order, each with whether it wants a landscape page. */
	private final List<Placed> placed = new ArrayList<>();

	/** How an item's page is chosen: its own need, or that of what it introduces (headings) or annotates (notes). */
	private enum Page {
		OWN, NEXT, PREVIOUS
	}

	private record Placed(DesignElementHandle element, Page page, boolean landscape) {
	}

	/** @param format the output format: charts are vectors, except in Word (pictures it shows everywhere) */
	public DesignBuilder(IDesignEngine engine, URL baseDesign, ReportFormat format) throws IOException {
		this.format = format;
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
		MasterPageHandle page = (MasterPageHandle) design.getMasterPages().get(0);
		portraitWidth = textWidth(page, false);
		landscapeWidth = textWidth(page, true);
	}

	public ReportDesignHandle build(List<Block> blocks) throws SemanticException, IOException {
		for (Block block : blocks) {
			switch (block) {
			case Block.Heading h -> placed.add(new Placed(label(h.text(), h.level() == 0 ? ReportStyles.TITLE
					: h.level() == 1 ? ReportStyles.HEADING : ReportStyles.SUBHEADING), Page.NEXT, false));
			case Block.Paragraph p -> add(text(p.text(), p.empty() ? ReportStyles.UNANSWERED : ReportStyles.TEXT));
			case Block.Note n -> placed.add(new Placed(text(n.text(), ReportStyles.NOTE), Page.PREVIOUS, false));
			case Block.Draft d -> add(text(d.text(), ReportStyles.DRAFT));
			case Block.Internal i -> onEveryPage(i.text());
			case Block.Table t -> table(t.table());
			case Block.Chart c -> add(chart(c));
			case Block.Facts f -> add(facts(f.rows()));
			case Block.Checks c -> add(checks(c));
			}
		}
		paginate();
		return design;
	}

	/**
	 * Adds the items to the body, turning the page where a table needs landscape and back after it. Headings go
	 * on the page of what follows them, notes on the page of what they are about.
	 */
	private void paginate() throws SemanticException {
		boolean[] landscape = new boolean[placed.size()];
		for (int i = 0; i < placed.size(); i++) {
			Placed p = placed.get(i);
			landscape[i] = p.page() == Page.PREVIOUS && i > 0 ? landscape[i - 1] : p.landscape();
		}
		for (int i = placed.size() - 2; i >= 0; i--) {
			if (placed.get(i).page() == Page.NEXT) {
				landscape[i] = landscape[i + 1];
			}
		}
		String portrait = design.getMasterPages().get(0).getName();
		String current = portrait;
		for (int i = 0; i < placed.size(); i++) {
			String wanted = landscape[i] ? landscapePage().getName() : portrait;
			DesignElementHandle element = placed.get(i).element();
			if (!wanted.equals(current)) {
				element.setProperty(StyleHandle.MASTER_PAGE_PROP, wanted);
				current = wanted;
			}
			design.getBody().add(element);
		}
	}

	/** A line in the header of every page (the landscape page is a copy, made later). */
	private void onEveryPage(String line) throws SemanticException {
		for (Object page : design.getMasterPages().getContents()) {
			if (page instanceof SimpleMasterPageHandle simple) {
				simple.getPageHeader().add(text(line, ReportStyles.INTERNAL));
			}
		}
	}

	/** The template's page turned: same margins, header and footer. */
	private MasterPageHandle landscapePage() throws SemanticException {
		DesignElementHandle existing = design.findMasterPage(LANDSCAPE);
		if (existing instanceof MasterPageHandle page) {
			return page;
		}
		MasterPageHandle page = (MasterPageHandle) design.getMasterPages().get(0).copy().getHandle(design.getModule());
		page.setName(LANDSCAPE);
		page.setOrientation(DesignChoiceConstants.PAGE_ORIENTATION_LANDSCAPE);
		design.getMasterPages().add(page);
		return page;
	}

	/** The chart and its note in one grid that a page break never parts. */
	private GridHandle chart(Block.Chart c) throws SemanticException, IOException {
		GridHandle grid = factory.newGridItem(null, 1, c.note() == null ? 1 : 2);
		grid.setProperty(StyleHandle.PAGE_BREAK_INSIDE_PROP, DesignChoiceConstants.PAGE_BREAK_INSIDE_AVOID);
		String svg = new SvgChart(c, this::colour).draw();
		boolean picture = format == ReportFormat.DOCX;
		EmbeddedImage drawing = StructureFactory.createEmbeddedImage();
		drawing.setName("diagram-" + (++charts) + (picture ? ".png" : ".svg"));
		drawing.setType(picture ? "image/png" : "image/svg+xml");
		drawing.setData(picture ? PngPicture.of(svg) : svg.getBytes(StandardCharsets.UTF_8));
		design.addImage(drawing);
		ImageHandle image = factory.newImage(null);
		image.setSource(DesignChoiceConstants.IMAGE_REF_TYPE_EMBED);
		image.setImageName(drawing.getName());
		image.setWidth(SvgChart.width(c) + "pt");
		image.setHeight(SvgChart.height(c) + "pt");
		if (c.title() != null) {
			image.setAltText(c.title());
		}
		((CellHandle) ((RowHandle) grid.getRows().get(0)).getCells().get(0)).getContent().add(image);
		if (c.note() != null) {
			((CellHandle) ((RowHandle) grid.getRows().get(1)).getCells().get(0)).getContent()
					.add(text(c.note(), ReportStyles.NOTE));
		}
		return grid;
	}

	/** A group's colour by its place among all groups: the design's style {@code chart-N}, else our palette. */
	private String colour(int place) {
		int i = place % SvgChart.PALETTE.length;
		StyleHandle style = design.findStyle("chart-" + (i + 1));
		if (style != null && style.getBackgroundColor().isSet() && style.getBackgroundColor().getRGB() >= 0) {
			return String.format("#%06X", style.getBackgroundColor().getRGB() & 0xFFFFFF);
		}
		return SvgChart.PALETTE[i];
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

	private void add(DesignElementHandle element) {
		placed.add(new Placed(element, Page.OWN, false));
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

	private void table(StatTable t) throws SemanticException {
		int columns = t.columns().size();
		GridHandle grid = factory.newGridItem(null, columns, t.rows().size() + 1);
		grid.setStyleName(ReportStyles.TABLE);
		keepTogether(grid, t.rows().size());
		ColumnWidths.Layout layout = ColumnWidths.of(t, portraitWidth, landscapeWidth);
		grid.setWidth(points(layout.total()));
		for (int c = 0; c < columns; c++) {
			((ColumnHandle) grid.getColumns().get(c)).setProperty("width", points(layout.widths()[c]));
		}
		String fontSize = layout.fontSize() < ColumnWidths.FONT_SIZE ? points(layout.fontSize()) : null;
		RowHandle header = (RowHandle) grid.getRows().get(0);
		for (int c = 0; c < columns; c++) {
			cell(header, c, layout.fit(t.columns().get(c), c, true), ReportStyles.TABLE_HEADER, fontSize);
		}
		for (int r = 0; r < t.rows().size(); r++) {
			RowHandle row = (RowHandle) grid.getRows().get(r + 1);
			boolean total = t.totalRow() && r == t.rows().size() - 1;
			List<StatTable.Cell> cells = t.rows().get(r);
			for (int c = 0; c < columns && c < cells.size(); c++) {
				boolean number = cells.get(c).kind() != StatTable.Kind.TEXT;
				String text = number ? cells.get(c).text() : layout.fit(cells.get(c).text(), c, total);
				cell(row, c, text, total ? (number ? ReportStyles.TOTAL_NUMBER : ReportStyles.TOTAL)
						: number ? ReportStyles.NUMBER : ReportStyles.CELL, fontSize);
			}
		}
		placed.add(new Placed(grid, Page.OWN, layout.landscape()));
	}

	/** A table short enough to fit on a page is not split over two. */
	private static void keepTogether(GridHandle grid, int rows) throws SemanticException {
		if (rows <= KEPT_TOGETHER) {
			grid.setProperty(StyleHandle.PAGE_BREAK_INSIDE_PROP, DesignChoiceConstants.PAGE_BREAK_INSIDE_AVOID);
		}
	}

	private static String points(float value) {
		return String.format(Locale.ROOT, "%.1fpt", value);
	}

	/**
	 * The width of the page's text area, upright or turned: the page less its left and right margins (A4 and
	 * 4.2 cm when unknown).
	 */
	private static float textWidth(MasterPageHandle page, boolean turned) {
		float fallback = (turned ? 841.9f : 595.3f) - 119f;
		try {
			boolean upright = !DesignChoiceConstants.PAGE_ORIENTATION_LANDSCAPE.equals(page.getOrientation());
			DimensionValue side = turned && upright ? page.getEffectiveHeight() : page.getEffectiveWidth();
			float width = (float) DimensionUtil.convertTo(side.getMeasure(), side.getUnits(),
					DesignChoiceConstants.UNITS_PT).getMeasure();
			for (String margin : new String[] { MasterPageHandle.LEFT_MARGIN_PROP, MasterPageHandle.RIGHT_MARGIN_PROP }) {
				DimensionHandle d = page.getDimensionProperty(margin);
				if (d != null && d.isSet()) {
					width -= points(d);
				}
			}
			return width > 100 ? width : fallback;
		} catch (RuntimeException e) {
			return fallback; // a design with sizes we cannot read: the usual A4
		}
	}

	private static float points(DimensionHandle d) {
		return (float) DimensionUtil.convertTo(d.getMeasure(), d.getUnits(), DesignChoiceConstants.UNITS_PT).getMeasure();
	}

	private GridHandle facts(List<String[]> rows) throws SemanticException {
		GridHandle grid = factory.newGridItem(null, 2, rows.size());
		grid.setWidth("100%");
		grid.setStyleName(ReportStyles.TABLE);
		keepTogether(grid, rows.size());
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
		keepTogether(grid, c.statements().size());
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
		TextItemHandle item = text(text, null);
		if (fontSize != null) {
			item.setProperty(StyleHandle.FONT_SIZE_PROP, fontSize);
		}
		cell.getContent().add(item);
	}
}
