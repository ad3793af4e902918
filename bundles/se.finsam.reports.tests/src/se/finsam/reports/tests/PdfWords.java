package se.finsam.reports.tests;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

/**
 * The words of a PDF with their boxes ({@code pdftotext -bbox}), and the ones a reader cannot read whole: BIRT
 * draws text wider than its cell under a clip, so the text layer stays whole while the page shows "1 583 500 k".
 * Such a word has its cell's border running through it; on the page rendered by {@code pdftoppm} that is a
 * column of line-coloured pixels from above the word to below it, which no glyph makes.
 */
final class PdfWords {

	/** A word on a page, its box in points from the page's top left. */
	record Word(int page, double xMin, double yMin, double xMax, double yMax, String text) {

		@Override
		public String toString() {
			return "\"" + text + "\" on page " + page;
		}
	}

	private static final Pattern PAGE = Pattern.compile("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">");
	private static final Pattern WORD = Pattern.compile(
			"<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>");
	private static final int DPI = 144;
	private static final double SCALE = DPI / 72.0;
	/** Darker than the header and total rows' backgrounds, as light as an anti-aliased hairline border. */
	private static final int LINE = 222;

	private PdfWords() {
	}

	static List<Word> words(Path pdf) throws Exception {
		List<Word> words = new ArrayList<>();
		int page = 0;
		for (String line : Outputs.run("pdftotext", "-bbox", pdf.toString(), "-").split("\n")) {
			if (PAGE.matcher(line).find()) {
				page++;
			}
			Matcher m = WORD.matcher(line);
			if (m.find()) {
				words.add(new Word(page, Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
						Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)), unescape(m.group(5))));
			}
		}
		return words;
	}

	/** The words that are not seen whole: crossed by a border, or running off the page. */
	static List<Word> clipped(Path pdf) throws Exception {
		Path folder = Files.createTempDirectory(pdf.getParent(), "sidor");
		Outputs.run("pdftoppm", "-r", String.valueOf(DPI), "-png", pdf.toString(), folder.resolve("s").toString());
		List<Path> pages;
		try (var files = Files.list(folder)) {
			pages = files.sorted().toList(); // s-1.png or s-01.png …: one width per document, so names sort
		}
		List<Word> clipped = new ArrayList<>();
		BufferedImage image = null;
		int shown = 0;
		for (Word w : words(pdf)) {
			if (w.page() != shown) {
				image = ImageIO.read(pages.get(w.page() - 1).toFile());
				shown = w.page();
			}
			if (w.xMax() * SCALE > image.getWidth() - 4 || crossed(image, w)) {
				clipped.add(w);
			}
		}
		return clipped;
	}

	/** Whether some pixel column inside the word is dark from just above it to just below it. */
	private static boolean crossed(BufferedImage image, Word w) {
		int top = (int) Math.floor((w.yMin() - 0.8) * SCALE);
		int bottom = (int) Math.ceil((w.yMax() + 0.8) * SCALE);
		if (top < 0 || bottom >= image.getHeight()) {
			return false;
		}
		for (int x = (int) Math.ceil((w.xMin() + 1) * SCALE); x <= (w.xMax() - 1) * SCALE; x++) {
			boolean line = true;
			for (int y = top; y <= bottom && line; y++) {
				line = luminance(image.getRGB(x, y)) < LINE;
			}
			if (line) {
				return true;
			}
		}
		return false;
	}

	private static int luminance(int rgb) {
		return (299 * ((rgb >> 16) & 0xff) + 587 * ((rgb >> 8) & 0xff) + 114 * (rgb & 0xff)) / 1000;
	}

	private static String unescape(String s) {
		return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
				.replace("&amp;", "&");
	}
}
