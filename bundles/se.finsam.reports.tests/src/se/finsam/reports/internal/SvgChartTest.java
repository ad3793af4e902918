package se.finsam.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.birt.report.model.api.DesignConfig;
import org.eclipse.birt.report.model.api.DesignEngine;
import org.eclipse.birt.report.model.api.EmbeddedImageHandle;
import org.eclipse.birt.report.model.api.ReportDesignHandle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import se.finsam.core.Settings.ReportFormat;
import se.finsam.model.ChartType;

/**
 * The drawings charts become: well-formed SVG whatever a label holds, bars in the table's order measured from zero
 * (also below it), Swedish numbers, long labels shortened, a pie's slices and legend in each group's colour, which
 * a template's design may set.
 */
public class SvgChartTest {

	@BeforeAll
	public static void swedish() {
		Locale.setDefault(Locale.of("sv", "SE"));
	}

	@Test
	public void barsRunInTheTablesOrderFromZeroWithSwedishNumbers() throws Exception {
		Block.Chart c = new Block.Chart("Resultat", ChartType.BAR, List.of("Till arbete", "Avhopp", "Studier"),
				List.of(1234.0, 34.0, 481.0), "Antal", List.of(2), null);
		Document svg = parse(new SvgChart(c, place -> SvgChart.PALETTE[place]).draw());
		List<Element> bars = elements(svg, "rect");
		assertEquals(3, bars.size(), "one bar per group");
		for (Element bar : bars) {
			assertEquals(SvgChart.PALETTE[2], bar.getAttribute("fill"), "bars in the first group's colour");
		}
		double zero = x(bars.get(0));
		for (Element bar : bars) {
			assertEquals(zero, x(bar), 0.01, "every bar starts at zero");
		}
		double first = Double.parseDouble(bars.get(0).getAttribute("y"));
		double second = Double.parseDouble(bars.get(1).getAttribute("y"));
		assertTrue(first < second, "the first group on top, as in the table");
		assertTrue(width(bars.get(0)) > width(bars.get(2)) && width(bars.get(2)) > width(bars.get(1)), "bar lengths");
		List<String> texts = texts(svg);
		assertTrue(texts.containsAll(List.of("Resultat", "Till arbete", "Avhopp", "Studier", "Antal", "0")), "" + texts);
		assertTrue(texts.contains("1\u00a0234"), "Swedish grouping: " + texts);
		assertEquals(2 * SvgChart.BAR_WIDTH, Integer.parseInt(svg.getDocumentElement().getAttribute("width")),
				"drawn at twice its size in points, for a sharp picture in Word");
	}

	@Test
	public void aNegativeBarGoesLeftOfZero() throws Exception {
		Block.Chart c = new Block.Chart("Intäkt minus kostnad", ChartType.BAR, List.of("År 1", "År 2"),
				List.of(-2_433_180.0, 13_249_133.0), "kronor", List.of(0), null);
		Document svg = parse(new SvgChart(c, place -> SvgChart.PALETTE[place]).draw());
		List<Element> bars = elements(svg, "rect");
		double zeroOfFirst = x(bars.get(0)) + width(bars.get(0));
		assertEquals(x(bars.get(1)), zeroOfFirst, 0.01, "the loss ends where the gain starts: at zero");
		assertTrue(width(bars.get(1)) > 5 * width(bars.get(0)), "to scale");
		List<String> texts = texts(svg);
		assertTrue(texts.contains("-2\u00a0433\u00a0180"), "as the tables write a loss: " + texts);
		assertTrue(texts.contains("-5\u00a0000\u00a0000"), "the axis reaches below the loss: " + texts);
	}

	@Test
	public void barsOfNothingStillHaveAWholeAxis() throws Exception {
		Block.Chart c = new Block.Chart("År", ChartType.BAR, List.of("År 1", "År 2"), List.of(0.0, 0.0), "kronor",
				List.of(0), null);
		List<String> texts = texts(parse(new SvgChart(c, place -> SvgChart.PALETTE[place]).draw()));
		assertTrue(texts.contains("1") && texts.stream().noneMatch(t -> t.contains(",")), "whole ticks: " + texts);
	}

	@Test
	public void hostileAndLongLabelsStayTextAndAreShortened() throws Exception {
		String hostile = "<script>alert(\"x\")</script> & \u0007 ]]>";
		String longLabel = "Till Arbetsförmedlingen (arbetssökande, studier, arbete, eget företag, och mycket mer än så)";
		Block.Chart c = new Block.Chart(hostile, ChartType.BAR, List.of(hostile, longLabel), List.of(5.0, 7.0), null,
				List.of(0), null);
		Document svg = parse(new SvgChart(c, place -> SvgChart.PALETTE[place]).draw());
		assertEquals(0, svg.getElementsByTagName("script").getLength(), "a label is never markup");
		List<String> texts = texts(svg);
		assertTrue(texts.contains("<script>alert(\"x\")</script> & ]]>"), "shown as typed, control character left out: " + texts);
		String shortened = texts.stream().filter(t -> t.startsWith("Till Arbetsförmedlingen")).findFirst().orElseThrow();
		assertTrue(shortened.endsWith("…") && shortened.length() < longLabel.length(), shortened);
	}

	@Test
	public void aPieHasASliceAndALegendEntryPerGroupInItsColour() throws Exception {
		Block.Chart c = new Block.Chart("Ålder", ChartType.PIE, List.of("Under 20", "20–24", "60 och äldre"),
				List.of(24.0, 133.0, 22.0), null, List.of(0, 1, 5), null);
		Document svg = parse(new SvgChart(c, place -> SvgChart.PALETTE[place]).draw());
		List<Element> slices = elements(svg, "path");
		assertEquals(3, slices.size());
		List<String> fills = new ArrayList<>();
		slices.forEach(s -> fills.add(s.getAttribute("fill")));
		assertEquals(List.of(SvgChart.PALETTE[0], SvgChart.PALETTE[1], SvgChart.PALETTE[5]), fills,
				"each group in the colour of its place");
		assertTrue(texts(svg).containsAll(List.of("Under 20", "20–24", "60 och äldre", "24", "133", "22")));
		assertEquals(0, svg.getElementsByTagName("line").getLength(), "labels with room stay beside their slices");
		Block.Chart whole = new Block.Chart("Ålder", ChartType.PIE, List.of("Alla"), List.of(40.0), null, List.of(3), null);
		Document one = parse(new SvgChart(whole, place -> SvgChart.PALETTE[place]).draw());
		assertEquals(1, one.getElementsByTagName("circle").getLength(), "one group: the whole disc");
	}

	@Test
	public void smallNeighbouringSlicesLabelsAreMovedApartAndJoinedToTheirSlices() throws Exception {
		Block.Chart c = new Block.Chart("Ålder", ChartType.PIE, List.of("a", "b", "c", "d", "e", "f"),
				List.of(200.0, 3.0, 4.0, 5.0, 6.0, 200.0), null, List.of(0, 1, 2, 3, 4, 5), null);
		Document svg = parse(new SvgChart(c, place -> SvgChart.PALETTE[place]).draw());
		List<Element> values = new ArrayList<>();
		NodeList texts = svg.getElementsByTagName("text");
		for (int i = 0; i < texts.getLength(); i++) {
			if (List.of("3", "4", "5", "6").contains(texts.item(i).getTextContent())) {
				values.add((Element) texts.item(i));
			}
		}
		assertEquals(4, values.size());
		double height = Double.parseDouble(svg.getDocumentElement().getAttribute("viewBox").split(" ")[3]);
		for (Element a : values) {
			assertTrue(Double.parseDouble(a.getAttribute("y")) <= height, "inside the drawing: " + a.getTextContent());
			for (Element b : values) {
				if (a != b && a.getAttribute("text-anchor").equals(b.getAttribute("text-anchor"))) {
					double apart = Math.abs(Double.parseDouble(a.getAttribute("y")) - Double.parseDouble(b.getAttribute("y")));
					assertTrue(apart >= 8, a.getTextContent() + " and " + b.getTextContent() + " " + apart + " pt apart");
				}
			}
		}
		assertTrue(svg.getElementsByTagName("line").getLength() >= 2, "moved labels point at their slices");
	}

	@Test
	public void aTemplatesDesignColoursTheGroups(@TempDir Path folder) throws Exception {
		Path look = folder.resolve("look.rptdesign");
		Files.writeString(look, """
				<?xml version="1.0" encoding="UTF-8"?>
				<report xmlns="http://www.eclipse.org/birt/2005/design" version="3.2.27" id="1">
				    <styles>
				        <style name="chart-2" id="2"><property name="backgroundColor">#AA3300</property></style>
				    </styles>
				</report>
				""");
		Block.Chart c = new Block.Chart("Ålder", ChartType.PIE, List.of("Under 20", "20–24"), List.of(3.0, 4.0), null,
				List.of(0, 1), null);
		ReportDesignHandle design = new DesignBuilder(new DesignEngine(new DesignConfig()), look.toUri().toURL(),
				ReportFormat.PDF).build(List.of(c));
		try {
			EmbeddedImageHandle image = (EmbeddedImageHandle) design.getAllImages().get(0);
			assertEquals("image/svg+xml", image.getType());
			Document svg = parse(new String(image.getData(), StandardCharsets.UTF_8));
			List<String> fills = new ArrayList<>();
			elements(svg, "path").forEach(s -> fills.add(s.getAttribute("fill")));
			assertEquals(List.of(SvgChart.PALETTE[0], "#AA3300"), fills, "the design's chart-2 for the second place");
		} finally {
			design.close();
		}
	}

	@Test
	public void numbersAreWrittenAsInTheTables() {
		assertEquals("1\u00a0234", SvgChart.number(1234.0));
		assertEquals("7,2", SvgChart.number(7.21));
		assertEquals("0", SvgChart.number(-0.0));
		assertEquals("-12,5", SvgChart.number(-12.5));
	}

	@Test
	public void ticksAreRoundSteps() {
		assertEquals(100, SvgChart.step(481), 1e-9);
		assertEquals(5_000_000, SvgChart.step(15_682_313), 1e-9);
		assertEquals(2.5, SvgChart.step(12), 1e-9);
		assertEquals(0.2, SvgChart.step(1), 1e-9);
		assertEquals(0.5, SvgChart.step(1.2), 1e-9); // not 0.25, which one decimal cannot write
	}

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	private static List<Element> elements(Document svg, String name) {
		NodeList nodes = svg.getElementsByTagName(name);
		List<Element> out = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			Element e = (Element) nodes.item(i);
			if (!"7".equals(e.getAttribute("width"))) { // a legend's colour box is not a bar
				out.add(e);
			}
		}
		return out;
	}

	private static List<String> texts(Document svg) {
		NodeList nodes = svg.getElementsByTagName("text");
		List<String> out = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			out.add(nodes.item(i).getTextContent());
		}
		return out;
	}

	private static double x(Element e) {
		return Double.parseDouble(e.getAttribute("x"));
	}

	private static double width(Element e) {
		return Double.parseDouble(e.getAttribute("width"));
	}
}
