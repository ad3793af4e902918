package se.finsam.reports.internal;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

import se.finsam.core.Formats;
import se.finsam.model.ChartType;

/**
 * A {@link Block.Chart} drawn as SVG, which BIRT's PDF emitter draws as vectors and its Word emitter as a picture.
 * Bars run across (the long Swedish labels read on one line each) in the table's order, measured from zero, all in
 * the colour of the first group shown; a pie's slices and legend keep each group's colour (its place among all
 * groups), so a group keeps its colour when another is left out. A label longer than its room is shortened ("…");
 * the table the chart belongs to always has it whole.
 * <p>
 * Drawn here rather than by BIRT's chart engine: a chart item bound to a scripted data set brought the chart engine,
 * BIRT's data engine and Rhino into every report, about 0.45 s of a cold report (docs/performance.md).
 */
final class SvgChart {

	/** Points: 16 cm across for bars; a pie and its legend take 12 cm. */
	static final int BAR_WIDTH = 454;
	static final int PIE_WIDTH = 340;
	static final int PIE_HEIGHT = 227;
	/** Points per bar and the room around the bars. */
	private static final int BAR = 22;
	private static final int FRAME = 70;
	/** The groups' colours by place; a template's design may set its own as styles {@code chart-1} … {@code chart-8}. */
	static final String[] PALETTE = { "#1F3A5F", "#4F81BD", "#9BBB59", "#F2A541", "#C0504D", "#8064A2", "#4BACC6",
			"#7F7F7F" };
	private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

	private final Block.Chart chart;
	private final IntFunction<String> colours;
	private final StringBuilder svg = new StringBuilder(4096);

	/** @param colours the colour ({@code #RRGGBB}) of a group by its place among all groups */
	SvgChart(Block.Chart chart, IntFunction<String> colours) {
		this.chart = chart;
		this.colours = colours;
	}

	static int width(Block.Chart c) {
		return c.type() == ChartType.PIE ? PIE_WIDTH : BAR_WIDTH;
	}

	static int height(Block.Chart c) {
		return c.type() == ChartType.PIE ? PIE_HEIGHT : Math.max(140, FRAME + BAR * c.labels().size());
	}

	/** The drawing; its own size is twice the points, so that the picture Word gets is sharp. */
	String draw() {
		int width = width(chart);
		int height = height(chart);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(2 * width).append("\" height=\"")
				.append(2 * height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
				.append("\" font-family=\"").append(ReportStyles.FONT).append("\">");
		boolean titled = chart.title() != null && !chart.title().isBlank();
		if (titled) {
			text(width / 2.0, 14, 11, true, "middle", chart.title(), width - 8);
		}
		double top = titled ? 26 : 8;
		if (chart.type() == ChartType.PIE) {
			pie(top, width, height);
		} else {
			bars(top, width, height);
		}
		return svg.append("</svg>").toString();
	}

	private void bars(double top, int width, int height) {
		List<Double> values = chart.values();
		int n = values.size();
		double lo = Math.min(0, values.stream().mapToDouble(Double::doubleValue).min().orElse(0));
		double hi = Math.max(0, values.stream().mapToDouble(Double::doubleValue).max().orElse(0));
		double step = step(Math.max(5, hi - lo)); // counts and kronor: whole steps, and an axis even when all are 0
		lo = Math.floor(lo / step) * step;
		hi = Math.max(Math.ceil(hi / step) * step, lo + step);
		double labels = 0;
		double positive = 0;
		double negative = 0;
		for (int i = 0; i < n; i++) {
			labels = Math.max(labels, measure(chart.labels().get(i), 7, false));
			double room = measure(number(values.get(i)), 7, false) + 6;
			if (values.get(i) < 0) {
				negative = Math.max(negative, room);
			} else {
				positive = Math.max(positive, room);
			}
		}
		double labelRoom = Math.min(labels, width * 0.4) + 10;
		double left = labelRoom + negative;
		double right = width - Math.max(positive, measure(number(hi), 8, false) / 2 + 2);
		double bottom = height - 32;
		double scale = (right - left) / (hi - lo);
		double zero = left + (0 - lo) * scale;
		long ticks = Math.round((hi - lo) / step);
		for (long k = 0; k <= ticks; k++) {
			double tick = lo + k * step;
			double x = left + (tick - lo) * scale;
			line(x, top, x, bottom, "#D9D9D9");
			text(x, bottom + 11, 8, false, "middle", number(tick), step * scale);
		}
		line(zero, top, zero, bottom, "#000000");
		line(left, bottom, right, bottom, "#000000");
		if (chart.valueLabel() != null) {
			text((left + right) / 2, bottom + 25, 8, true, "middle", chart.valueLabel(), right - left);
		}
		String fill = colours.apply(chart.colours().isEmpty() ? 0 : chart.colours().get(0));
		double band = (bottom - top) / Math.max(1, n);
		double thickness = Math.min(12, band * 0.6);
		for (int i = 0; i < n; i++) {
			double middle = top + band * (i + 0.5);
			double v = values.get(i);
			double end = zero + v * scale;
			svg.append("<rect x=\"").append(f(Math.min(zero, end))).append("\" y=\"").append(f(middle - thickness / 2))
					.append("\" width=\"").append(f(Math.abs(end - zero))).append("\" height=\"").append(f(thickness))
					.append("\" fill=\"").append(fill).append("\" stroke=\"#404040\" stroke-width=\"0.4\"/>");
			text(labelRoom - 6, middle + 2.5, 7, false, "end", chart.labels().get(i), labelRoom - 10);
			text(v < 0 ? end - 3 : end + 3, middle + 2.5, 7, false, v < 0 ? "end" : "start", number(v), Double.MAX_VALUE);
		}
	}

	private void pie(double top, int width, int height) {
		List<Double> values = chart.values();
		double total = values.stream().mapToDouble(v -> Math.max(0, v)).sum();
		double radius = Math.min(80, (height - top - 24) / 2);
		double cx = 24 + radius + 8;
		double cy = top + 12 + radius;
		double angle = -Math.PI / 2; // from twelve o'clock, clockwise
		List<PieLabel> labels = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			double v = Math.max(0, values.get(i));
			if (v == 0 || total == 0) {
				continue;
			}
			String fill = colour(i);
			double sweep = 2 * Math.PI * v / total;
			if (sweep >= 2 * Math.PI - 1e-9) {
				svg.append("<circle cx=\"").append(f(cx)).append("\" cy=\"").append(f(cy)).append("\" r=\"")
						.append(f(radius)).append("\" fill=\"").append(fill).append("\" stroke=\"#FFFFFF\"/>");
			} else {
				svg.append("<path d=\"M").append(f(cx)).append(',').append(f(cy)).append(" L")
						.append(f(cx + radius * Math.cos(angle))).append(',').append(f(cy + radius * Math.sin(angle)))
						.append(" A").append(f(radius)).append(',').append(f(radius)).append(" 0 ")
						.append(sweep > Math.PI ? 1 : 0).append(",1 ").append(f(cx + radius * Math.cos(angle + sweep)))
						.append(',').append(f(cy + radius * Math.sin(angle + sweep))).append(" Z\" fill=\"").append(fill)
						.append("\" stroke=\"#FFFFFF\" stroke-width=\"0.8\"/>");
			}
			labels.add(new PieLabel(angle + sweep / 2, number(values.get(i))));
			angle += sweep;
		}
		pieLabels(labels, cx, cy, radius, height - 3);
		double x = cx + radius + 40;
		double y = top + 12;
		for (int i = 0; i < values.size(); i++) {
			svg.append("<rect x=\"").append(f(x)).append("\" y=\"").append(f(y)).append("\" width=\"7\" height=\"7\" fill=\"")
					.append(colour(i)).append("\"/>");
			text(x + 11, y + 6, 7, false, "start", chart.labels().get(i), width - x - 15);
			y += 12;
		}
	}

	/** A slice's value, written outside the pie beside the middle of its arc. */
	private static final class PieLabel {
		final double middle;
		final String text;
		final boolean right;
		double natural;
		double y;

		PieLabel(double middle, String text) {
			this.middle = middle;
			this.text = text;
			this.right = Math.cos(middle) >= 0;
		}
	}

	/** Points between two value labels' baselines: a 7-point text and a little air. */
	private static final double LABEL_GAP = 8.5;

	/**
	 * The slices' values, each beside its slice; small neighbouring slices' labels are moved apart on their side
	 * (they were written over each other) and joined to their slice by a thin line.
	 */
	private void pieLabels(List<PieLabel> labels, double cx, double cy, double radius, double bottom) {
		double out = radius + 6;
		for (PieLabel l : labels) {
			l.natural = cy + out * Math.sin(l.middle) + 2.5;
			l.y = l.natural;
		}
		for (boolean right : new boolean[] { true, false }) {
			List<PieLabel> side = new ArrayList<>(labels.stream().filter(l -> l.right == right).toList());
			side.sort(Comparator.comparingDouble(l -> l.y));
			for (int k = 1; k < side.size(); k++) {
				side.get(k).y = Math.max(side.get(k).y, side.get(k - 1).y + LABEL_GAP);
			}
			for (int k = side.size() - 1; k >= 0; k--) { // and none below the drawing
				side.get(k).y = Math.min(side.get(k).y, k == side.size() - 1 ? bottom : side.get(k + 1).y - LABEL_GAP);
			}
		}
		for (PieLabel l : labels) {
			double sign = l.right ? 1 : -1;
			if (Math.abs(l.y - l.natural) < 0.5) {
				double lx = cx + out * Math.cos(l.middle);
				// anchored by side, also at twelve and six o'clock, where the two sides' labels would otherwise meet
				text(lx, l.y, 7, false, l.right ? "start" : "end", l.text, Double.MAX_VALUE);
				continue;
			}
			double dy = l.y - 2.5 - cy; // outside the pie at the label's new height
			double lx = cx + sign * Math.max(8, Math.sqrt(Math.max(0, out * out - dy * dy)) + 4);
			line(cx + radius * Math.cos(l.middle), cy + radius * Math.sin(l.middle), lx - sign * 1.5, l.y - 2.5,
					"#808080");
			text(lx, l.y, 7, false, l.right ? "start" : "end", l.text, Double.MAX_VALUE);
		}
	}

	/** The colour of the i-th group shown. */
	private String colour(int i) {
		return colours.apply(i < chart.colours().size() ? chart.colours().get(i) : i);
	}

	/** As the tables write numbers ({@link Formats}): whole where whole, else one decimal. */
	static String number(double value) {
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
		return rounded.signum() == 0 ? "0"
				: rounded.stripTrailingZeros().scale() <= 0 ? Formats.number(rounded.setScale(0))
						: Formats.decimal(rounded);
	}

	/**
	 * A round step for about five ticks: 1, 2, 2.5 or 5 times a power of ten (not 0.25: ticks are written with one
	 * decimal at most).
	 */
	static double step(double range) {
		double raw = range / 5;
		double power = Math.pow(10, Math.floor(Math.log10(raw)));
		for (double m : new double[] { 1, 2, 2.5, 5 }) {
			if (m * power >= raw && (m != 2.5 || power >= 1)) {
				return m * power;
			}
		}
		return 10 * power;
	}

	private void line(double x1, double y1, double x2, double y2, String colour) {
		svg.append("<line x1=\"").append(f(x1)).append("\" y1=\"").append(f(y1)).append("\" x2=\"").append(f(x2))
				.append("\" y2=\"").append(f(y2)).append("\" stroke=\"").append(colour).append("\" stroke-width=\"0.5\"/>");
	}

	/** A line of text, shortened with "…" to {@code room} points. */
	private void text(double x, double y, int size, boolean bold, String anchor, String text, double room) {
		String line = text == null ? "" : text.replaceAll("[\\p{Cntrl}&&[^\\s]]", "").replaceAll("\\s+", " ").strip();
		String shown = fit(line, size, bold, room);
		svg.append("<text x=\"").append(f(x)).append("\" y=\"").append(f(y)).append("\" font-size=\"").append(size)
				.append('"');
		if (bold) {
			svg.append(" font-weight=\"bold\"");
		}
		svg.append(" text-anchor=\"").append(anchor).append("\">");
		escape(shown);
		svg.append("</text>");
	}

	private static String fit(String text, int size, boolean bold, double room) {
		if (measure(text, size, bold) <= room) {
			return text;
		}
		String shortened = text;
		while (shortened.length() > 1 && measure(shortened + "…", size, bold) > room) {
			shortened = shortened.substring(0, shortened.length() - 1);
		}
		return shortened.strip() + "…";
	}

	static double measure(String text, int size, boolean bold) {
		return new Font(ReportStyles.FONT, bold ? Font.BOLD : Font.PLAIN, size).getStringBounds(text, MEASURE).getWidth();
	}

	/** XML text; characters XML 1.0 cannot hold are left out (labels come from code lists a plug-in may contribute). */
	private void escape(String text) {
		text.codePoints().forEach(c -> {
			switch (c) {
			case '<' -> svg.append("&lt;");
			case '>' -> svg.append("&gt;");
			case '&' -> svg.append("&amp;");
			default -> {
				if (c >= 0x20 && (c < 0xD800 || c > 0xDFFF) && c != 0xFFFE && c != 0xFFFF) {
					svg.appendCodePoint(c);
				}
			}
			}
		});
	}

	private static String f(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}
}
