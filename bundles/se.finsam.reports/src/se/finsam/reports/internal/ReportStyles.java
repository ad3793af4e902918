package se.finsam.reports.internal;

import org.eclipse.birt.report.model.api.ElementFactory;
import org.eclipse.birt.report.model.api.LibraryHandle;
import org.eclipse.birt.report.model.api.ReportDesignHandle;
import org.eclipse.birt.report.model.api.SharedStyleHandle;
import org.eclipse.birt.report.model.api.StyleHandle;
import org.eclipse.birt.report.model.api.ThemeHandle;
import org.eclipse.birt.report.model.api.activity.SemanticException;
import org.eclipse.birt.report.model.api.elements.DesignChoiceConstants;

/**
 * The styles generated reports use, by name. A template's own design may define any of them to change the look;
 * only the missing ones are added here. The font is DejaVu Sans, embedded in PDFs (see {@link FontSetup}).
 */
final class ReportStyles {

	static final String FONT = "DejaVu Sans";
	static final String TITLE = "title";
	static final String HEADING = "heading";
	static final String SUBHEADING = "subheading";
	/** Not "text": BIRT applies a style of that name to every text item, table cells included. */
	static final String TEXT = "paragraph";
	static final String UNANSWERED = "unanswered";
	static final String NOTE = "note";
	static final String DRAFT = "draft";
	static final String INTERNAL = "internal";
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

	/** Where styles go: a design's styles, or a library's theme. */
	private interface Target {
		StyleHandle find(String name);

		SharedStyleHandle create(String name);

		void add(SharedStyleHandle style) throws SemanticException;
	}

	private ReportStyles() {
	}

	static void ensure(ReportDesignHandle design, ElementFactory f) throws SemanticException {
		ensure(new Target() {
			@Override
			public StyleHandle find(String name) {
				return design.findStyle(name);
			}

			@Override
			public SharedStyleHandle create(String name) {
				return f.newStyle(name);
			}

			@Override
			public void add(SharedStyleHandle style) throws SemanticException {
				design.getStyles().add(style);
			}
		});
	}

	/** The same styles in the library's theme "finsam", which designs using the library get. */
	static void ensure(LibraryHandle library, ElementFactory f) throws SemanticException {
		ThemeHandle theme = f.newTheme("finsam");
		library.getThemes().add(theme);
		library.setTheme(theme);
		ensure(new Target() {
			@Override
			public StyleHandle find(String name) {
				return theme.findStyle(name);
			}

			@Override
			public SharedStyleHandle create(String name) {
				return f.newStyle(theme, name);
			}

			@Override
			public void add(SharedStyleHandle style) throws SemanticException {
				theme.getStyles().add(style);
			}
		});
	}

	private static void ensure(Target design) throws SemanticException {
		define(design, TITLE, s -> heading(font(s, "18pt", true, null, "0pt", "6pt")));
		define(design, HEADING, s -> heading(font(s, "14pt", true, "#1F3A5F", "16pt", "6pt")));
		define(design, SUBHEADING, s -> heading(font(s, "11pt", true, null, "10pt", "3pt")));
		define(design, TEXT, s -> font(s, "10pt", false, null, "0pt", "6pt"));
		define(design, UNANSWERED, s -> font(s, "10pt", false, "#888888", "0pt", "6pt"));
		define(design, NOTE, s -> font(s, "8pt", false, "#555555", "2pt", "6pt"));
		define(design, DRAFT, s -> draft(font(s, "11pt", true, "#B00020", "6pt", "10pt")));
		define(design, INTERNAL, s -> font(s, "9pt", true, "#B00020", "0pt", "4pt"));
		define(design, TABLE, s -> font(s, "9pt", false, null, "4pt", "4pt"));
		define(design, TABLE_HEADER, s -> cell(s, true, "#E8EEF4", null));
		define(design, CELL, s -> cell(s, false, null, null));
		define(design, NUMBER, s -> number(cell(s, false, null, "right")));
		define(design, TOTAL, s -> cell(s, true, "#F2F2F2", null));
		define(design, TOTAL_NUMBER, s -> number(cell(s, true, "#F2F2F2", "right")));
		define(design, MARK, s -> cell(s, true, null, "center"));
	}

	private static void define(Target design, String name, Setup setup) throws SemanticException {
		if (design.find(name) == null) {
			SharedStyleHandle s = design.create(name);
			setup.apply(s);
			design.add(s);
		}
	}

	/** A draft's warning: framed in red, so a board member cannot take the report for finished. */
	private static void draft(StyleHandle s) throws SemanticException {
		for (String side : new String[] { "Top", "Bottom", "Left", "Right" }) {
			s.setProperty("border" + side + "Style", "solid");
			s.setProperty("border" + side + "Width", "medium");
			s.setProperty("border" + side + "Color", "#B00020");
		}
		s.setProperty(StyleHandle.PADDING_TOP_PROP, "4pt");
		s.setProperty(StyleHandle.PADDING_BOTTOM_PROP, "4pt");
		s.setProperty(StyleHandle.PADDING_LEFT_PROP, "6pt");
		s.setProperty(StyleHandle.PADDING_RIGHT_PROP, "6pt");
	}

	/** A heading stays whole, on the page of what it introduces. */
	private static void heading(StyleHandle s) throws SemanticException {
		s.setProperty(StyleHandle.PAGE_BREAK_AFTER_PROP, DesignChoiceConstants.PAGE_BREAK_AFTER_AVOID);
		s.setProperty(StyleHandle.PAGE_BREAK_INSIDE_PROP, DesignChoiceConstants.PAGE_BREAK_INSIDE_AVOID);
	}

	private static StyleHandle font(StyleHandle s, String size, boolean bold, String color, String above, String below)
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
		return s;
	}

	/** A number is never broken over lines: its column is made as wide as it (ColumnWidths). */
	private static void number(StyleHandle s) throws SemanticException {
		s.setProperty(StyleHandle.WHITE_SPACE_PROP, DesignChoiceConstants.WHITE_SPACE_NOWRAP);
	}

	private static StyleHandle cell(StyleHandle s, boolean bold, String background, String align) throws SemanticException {
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
		// Dates as Swedish authorities write them (2016-12-31), in power users' designs too.
		s.setDateFormatCategory("Custom");
		s.setDateFormat("yyyy-MM-dd");
		s.setDateTimeFormatCategory("Custom");
		s.setDateTimeFormat("yyyy-MM-dd");
		s.setProperty(StyleHandle.PADDING_TOP_PROP, "2pt");
		s.setProperty(StyleHandle.PADDING_BOTTOM_PROP, "2pt");
		s.setProperty(StyleHandle.PADDING_LEFT_PROP, "4pt");
		s.setProperty(StyleHandle.PADDING_RIGHT_PROP, "4pt");
		return s;
	}
}
