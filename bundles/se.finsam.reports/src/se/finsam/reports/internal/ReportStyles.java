package se.finsam.reports.internal;

import org.eclipse.birt.report.model.api.ElementFactory;
import org.eclipse.birt.report.model.api.ReportDesignHandle;
import org.eclipse.birt.report.model.api.SharedStyleHandle;
import org.eclipse.birt.report.model.api.StyleHandle;
import org.eclipse.birt.report.model.api.activity.SemanticException;

/**
 * The styles generated reports use, by name. A template's own design may define any of them to change the look;
 * only the missing ones are added here. The font is DejaVu Sans, embedded in PDFs (see {@link FontSetup}).
 */
final class ReportStyles {

	static final String FONT = "DejaVu Sans";
	static final String TITLE = "title";
	static final String HEADING = "heading";
	static final String SUBHEADING = "subheading";
	static final String TEXT = "text";
	static final String UNANSWERED = "unanswered";
	static final String NOTE = "note";
	static final String TABLE = "table";
	static final String TABLE_HEADER = "table-header";
	static final String CELL = "table-cell";
	static final String NUMBER = "table-number";
	static final String TOTAL = "table-total";
	static final String TOTAL_NUMBER = "table-total-number";
	static final String MARK = "table-mark";

	private interface Setup {
		void apply(StyleHandle s) throws SemanticException;
	}

	private ReportStyles() {
	}

	static void ensure(ReportDesignHandle design, ElementFactory f) throws SemanticException {
		define(design, f, TITLE, s -> font(s, "18pt", true, null, "0pt", "6pt"));
		define(design, f, HEADING, s -> font(s, "14pt", true, "#1F3A5F", "16pt", "6pt"));
		define(design, f, SUBHEADING, s -> font(s, "11pt", true, null, "10pt", "3pt"));
		define(design, f, TEXT, s -> font(s, "10pt", false, null, "0pt", "6pt"));
		define(design, f, UNANSWERED, s -> font(s, "10pt", false, "#888888", "0pt", "6pt"));
		define(design, f, NOTE, s -> font(s, "8pt", false, "#555555", "2pt", "6pt"));
		define(design, f, TABLE, s -> font(s, "9pt", false, null, "4pt", "4pt"));
		define(design, f, TABLE_HEADER, s -> cell(s, true, "#E8EEF4", null));
		define(design, f, CELL, s -> cell(s, false, null, null));
		define(design, f, NUMBER, s -> cell(s, false, null, "right"));
		define(design, f, TOTAL, s -> cell(s, true, "#F2F2F2", null));
		define(design, f, TOTAL_NUMBER, s -> cell(s, true, "#F2F2F2", "right"));
		define(design, f, MARK, s -> cell(s, true, null, "center"));
	}

	private static void define(ReportDesignHandle design, ElementFactory f, String name, Setup setup)
			throws SemanticException {
		if (design.findStyle(name) == null) {
			SharedStyleHandle s = f.newStyle(name);
			setup.apply(s);
			design.getStyles().add(s);
		}
	}

	private static void font(StyleHandle s, String size, boolean bold, String color, String above, String below)
			throws SemanticException {
		s.setProperty(StyleHandle.FONT_FAMILY_PROP, "\"" + FONT + "\"");
		s.setProperty(StyleHandle.FONT_SIZE_PROP, size);
		if (bold) {
			s.setProperty(StyleHandle.FONT_WEIGHT_PROP, "bold");
		}
		if (color != null) {
			s.setProperty(StyleHandle.COLOR_PROP, color);
		}
		s.setProperty(StyleHandle.MARGIN_TOP_PROP, above);
		s.setProperty(StyleHandle.MARGIN_BOTTOM_PROP, below);
	}

	private static void cell(StyleHandle s, boolean bold, String background, String align) throws SemanticException {
		s.setProperty(StyleHandle.FONT_FAMILY_PROP, "\"" + FONT + "\"");
		s.setProperty(StyleHandle.FONT_SIZE_PROP, "9pt");
		if (bold) {
			s.setProperty(StyleHandle.FONT_WEIGHT_PROP, "bold");
		}
		if (background != null) {
			s.setProperty(StyleHandle.BACKGROUND_COLOR_PROP, background);
		}
		if (align != null) {
			s.setProperty(StyleHandle.TEXT_ALIGN_PROP, align);
		}
		for (String side : new String[] { "Top", "Bottom", "Left", "Right" }) {
			s.setProperty("border" + side + "Style", "solid");
			s.setProperty("border" + side + "Width", "thin");
			s.setProperty("border" + side + "Color", "#B0B8C0");
		}
		s.setProperty(StyleHandle.PADDING_TOP_PROP, "2pt");
		s.setProperty(StyleHandle.PADDING_BOTTOM_PROP, "2pt");
		s.setProperty(StyleHandle.PADDING_LEFT_PROP, "4pt");
		s.setProperty(StyleHandle.PADDING_RIGHT_PROP, "4pt");
	}
}
