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
 * clips (its column is as wide as its widest value), a label wraps between words but never inside one, and the room
 * left goes to the label columns in proportion to what they hold. A table too wide for the page at 9 pt gets a
 * smaller font (down to 6.5 pt) before anything would be cut.
 */
final class ColumnWidths {

	/** What a table is laid out with: each column's width in points and the font size of its cells. */
	record Layout(float[] widths, float fontSize) {

		float total() {
			float sum = 0;
			for (float w : widths) {
				sum += w;
			}
			return sum;
		}
	}

	static final float FONT_SIZE = 9f;
	private static final float SMALLEST = 6.5f;
	/** Left and right padding of a cell (4 pt each) and its borders. */
	private static final float PADDING = 10f;
	private static final float SLACK = 1.06f;
	private static final FontRenderContext RENDERING = new FontRenderContext(null, true, true);
	private static final Font REGULAR = load("DejaVuSans.ttf").deriveFont(FONT_SIZE);
	private static final Font BOLD = load("DejaVuSans-Bold.ttf").deriveFont(FONT_SIZE);

	private ColumnWidths() {
	}

	/** The layout of a table on a page whose text is {@code available} points wide. */
	static Layout of(StatTable t, float available) {
		int n = t.columns().size();
		float[] least = new float[n]; // what the column needs at 9 pt: the widest number, or the longest word
		float[] ideal = new float[n]; // the whole of its longest text on one line
		boolean[] numeric = new boolean[n];
		for (int c = 0; c < n; c++) {
			numeric[c] = isNumeric(t, c);
			float header = words(t.columns().get(c), BOLD);
			least[c] = header;
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
		float needed = 0;
		for (int c = 0; c < n; c++) {
			least[c] += PADDING;
			ideal[c] += PADDING;
			needed += least[c];
		}
		float size = FONT_SIZE;
		if (needed > available) {
			float scale = available / needed;
			size = Math.max(SMALLEST, FONT_SIZE * scale);
			for (int c = 0; c < n; c++) {
				least[c] = (least[c] - PADDING) * size / FONT_SIZE + PADDING;
				ideal[c] = (ideal[c] - PADDING) * size / FONT_SIZE + PADDING;
			}
		}
		return new Layout(spread(least, ideal, numeric, available), size);
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
