package se.finsam.reports.internal;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import se.finsam.stats.StatTable;

/**
 * Column widths that follow a table's content, measured with the report's own font: a number never wraps or
 * clips (its column is as wide as its widest value), a label wraps between words, and the room left goes to the
 * label columns in proportion to what they hold. A table too wide for the page is tried, in turn, with a smaller
 * font (down to 7 pt), on a landscape page (down to 6.5 pt), and finally with its longest words broken by a hyphen:
 * nothing is ever cut off.
 */
final class ColumnWidths {

	/**
	 * What a table is laid out with: each column's width in points, the font size of its cells, whether it needs a
	 * landscape page, and whether words longer than their column must be broken ({@link #fit}).
	 */
	record Layout(float[] widths, float fontSize, boolean landscape, boolean breakWords) {

		float total() {
			float sum = 0;
			for (float w : widths) {
				sum += w;
			}
			return sum;
		}

		/** The cell's text as it is to be set: long words broken with a hyphen where the layout needs it. */
		String fit(String text, int column, boolean bold) {
			if (!breakWords || text == null) {
				return text;
			}
			Font font = (bold ? BOLD : REGULAR).deriveFont(fontSize);
			float room = widths[column] - PADDING;
			StringBuilder out = new StringBuilder();
			for (String word : text.split(" ", -1)) {
				if (!out.isEmpty()) {
					out.append(' ');
				}
				out.append(width(word, font) <= room ? word : hyphenate(word, room, font));
			}
			return out.toString();
		}
	}

	static final float FONT_SIZE = 9f;
	private static final float SMALLEST_PORTRAIT = 7f;
	private static final float SMALLEST = 6.5f;
	/** Left and right padding of a cell (4 pt each) and its borders. */
	private static final float PADDING = 10f;
	private static final float SLACK = 1.06f;
	private static final FontRenderContext RENDERING = new FontRenderContext(null, true, true);
	private static final Font REGULAR = load("DejaVuSans.ttf").deriveFont(FONT_SIZE);
	private static final Font BOLD = load("DejaVuSans-Bold.ttf").deriveFont(FONT_SIZE);

	private ColumnWidths() {
	}

	/**
	 * The layout of a table on a page whose text is {@code portrait} points wide, or {@code landscape} points on a
	 * page turned when it does not fit otherwise.
	 */
	static Layout of(StatTable t, float portrait, float landscape) {
		int n = t.columns().size();
		float[] least = new float[n]; // what the column's text needs at 9 pt: the widest number, or the longest word
		float[] ideal = new float[n]; // the whole of its longest text on one line
		boolean[] numeric = new boolean[n];
		for (int c = 0; c < n; c++) {
			numeric[c] = isNumeric(t, c);
			least[c] = words(t.columns().get(c), BOLD);
			ideal[c] = width(t.columns().get(c), BOLD);
			for (int r = 0; r < t.rows().size(); r++) {
				List<StatTable.Cell> row = t.rows().get(r);
				if (c >= row.size()) {
					continue;
				}
				String text = row.get(c).text();
				Font font = t.totalRow() && r == t.rows().size() - 1 ? BOLD : REGULAR;
				float whole = width(text, font);
				least[c] = Math.max(least[c], numeric[c] ? whole : words(text, font));
				ideal[c] = Math.max(ideal[c], whole);
			}
		}
		float size = size(least, portrait, SMALLEST_PORTRAIT);
		if (size > 0) {
			return new Layout(spread(scaled(least, size), scaled(ideal, size), numeric, portrait), size, false, false);
		}
		size = size(least, landscape, SMALLEST);
		if (size > 0) {
			return new Layout(spread(scaled(least, size), scaled(ideal, size), numeric, landscape), size, true, false);
		}
		return new Layout(squeezed(scaled(least, SMALLEST), numeric, landscape), SMALLEST, true, true);
	}

	/** The largest font size, at most 9 pt and at least {@code smallest}, at which the text fits; 0 if none. */
	private static float size(float[] least, float available, float smallest) {
		float text = 0;
		for (float w : least) {
			text += w;
		}
		float room = available - least.length * PADDING;
		if (text <= room) {
			return FONT_SIZE;
		}
		float size = FONT_SIZE * room / text;
		return size >= smallest ? size : 0;
	}

	/** Text widths measured at 9 pt as column widths at {@code size}, padding included. */
	private static float[] scaled(float[] text, float size) {
		float[] widths = new float[text.length];
		for (int c = 0; c < text.length; c++) {
			widths[c] = text[c] * size / FONT_SIZE + PADDING;
		}
		return widths;
	}

	/** Numbers keep their width; the label columns share what is left in proportion to their longest word. */
	private static float[] squeezed(float[] least, boolean[] numeric, float available) {
		float[] widths = least.clone();
		float labels = 0;
		float left = available;
		for (int c = 0; c < widths.length; c++) {
			if (numeric[c]) {
				left -= widths[c];
			} else {
				labels += widths[c];
			}
		}
		for (int c = 0; c < widths.length; c++) {
			if (!numeric[c] && labels > 0) {
				widths[c] = Math.max(PADDING + 12, widths[c] * left / labels);
			}
		}
		return widths;
	}

	/** The word in pieces that each fit {@code room}, every piece but the last ending in a hyphen. */
	private static String hyphenate(String word, float room, Font font) {
		StringBuilder out = new StringBuilder();
		int start = 0;
		while (start < word.length()) {
			int end = word.length();
			while (end > start + 1 && width(word.substring(start, end) + (end < word.length() ? "-" : ""), font) > room) {
				end--;
			}
			out.append(word, start, end);
			if (end < word.length()) {
				out.append("-\n");
			}
			start = end;
		}
		return out.toString();
	}

	/** Gives label columns the room left, towards their whole text; numbers keep exactly what they need. */
	private static float[] spread(float[] least, float[] ideal, boolean[] numeric, float available) {
		float[] widths = least.clone();
		float left = available;
		float wanted = 0;
		for (int c = 0; c < widths.length; c++) {
			left -= widths[c];
			if (!numeric[c]) {
				wanted += ideal[c] - least[c];
			}
		}
		if (left <= 0) {
			return widths;
		}
		for (int c = 0; c < widths.length; c++) {
			if (!numeric[c] && wanted > 0) {
				widths[c] += Math.min(ideal[c] - least[c], left * (ideal[c] - least[c]) / wanted);
			}
		}
		return widths;
	}

	private static boolean isNumeric(StatTable t, int column) {
		boolean any = false;
		for (List<StatTable.Cell> row : t.rows()) {
			if (column < row.size() && !row.get(column).text().isEmpty()) {
				if (row.get(column).kind() == StatTable.Kind.TEXT) {
					return false;
				}
				any = true;
			}
		}
		return any;
	}

	/** The widest word: where the text may wrap. */
	private static float words(String text, Font font) {
		float widest = 0;
		for (String word : text.split("[ \\n]+")) {
			widest = Math.max(widest, width(word, font));
		}
		return widest;
	}

	/** The text's width; BIRT sets text a little wider than the font's own metrics say. */
	static float width(String text, Font font) {
		return text == null || text.isEmpty() ? 0
				: (float) font.getStringBounds(text, RENDERING).getWidth() * SLACK;
	}

	private static Font load(String file) {
		try (InputStream in = ColumnWidths.class.getResourceAsStream("/fonts/" + file)) {
			return Font.createFont(Font.TRUETYPE_FONT, in);
		} catch (IOException | java.awt.FontFormatException e) {
			throw new UncheckedIOException(new IOException("fonts/" + file + ": " + e.getMessage(), e));
		}
	}
}
