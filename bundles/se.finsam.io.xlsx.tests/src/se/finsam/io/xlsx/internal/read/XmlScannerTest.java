package se.finsam.io.xlsx.internal.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The worksheet scanner reports what the JDK's parser reports (names, attributes, text), whatever the size of its
 * buffer (every token crossing a boundary), and fails where that parser fails.
 */
public class XmlScannerTest {

	private static final String SHEET = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
			+ "<worksheet xmlns=\"urn:m\" xmlns:x=\"urn:x\"><sheetData><row r=\"1\" spans=\"1:3\">"
			+ "<c r=\"A1\" t=\"s\"><v>0</v></c><c r='B1' s=\"2\"><v>1.5</v></c><c r=\"C1\" t=\"inlineStr\"><is>"
			+ "<t xml:space=\"preserve\"> Åsa &amp; Öberg &lt;3 &#x1F600; &#229; \u202E</t><rPh><t>x</t></rPh></is></c>"
			+ "</row><!-- a comment with <c> inside --><?pi some data?>\n<row r=\"2\"><c r=\"A2\" t=\"str\">"
			+ "<f>A1&gt;0</f><v><![CDATA[a<b&c ]] ]]></v></c><c r=\"B2\"/></row></sheetData>"
			+ "<x:ext a=\"1 > 0\" b='&quot;&apos;'/><x:empty></x:empty></worksheet>\n<!-- after -->\n";

	@Test
	public void reportsWhatTheJdkParserReportsAtEveryBufferSize() throws Exception {
		List<String> documents = List.of(SHEET, "\uFEFF<a b=\"x\ty\r\nz\">l1\r\nl2\rl3 &#13;</a>",
				"<sst count=\"2\"><si><t>Kö</t></si><si><r><t>del 1</t></r><r><t>日本 \uD83D\uDE00</t></r></si></sst>");
		for (String document : documents) {
			byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
			List<String> expected = jdk(bytes);
			for (int size : new int[] { 16, 17, 19, 23, 31, 64, 1 << 16 }) {
				Recorder scanned = new Recorder();
				assertTrue(new XmlScanner(new Trickle(bytes), scanned, size).parse());
				assertEquals(expected, scanned.events(), "buffer of " + size);
			}
		}
	}

	@Test
	public void failsWhereTheJdkParserFails() throws Exception {
		damaged("<a><b></a>", "matching end-tag");
		damaged("<a><b>", "truncated");
		damaged("<a>text", "truncated");
		damaged("<a/>x", "outside the root");
		damaged("<a/><b/>", "following the root");
		damaged("<a>\u0001</a>", "invalid XML character");
		damaged("<a>&#0;</a>", "invalid XML character");
		damaged("<a b=\"<\"/>", "'<'");
		damaged("<a b=c/>", "quote");
		damaged("<a>&amp</a>", "';'");
		String doctype = refused("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>", "DOCTYPE");
		assertTrue(doctype.toLowerCase().contains("doctype"), "read as the hostile-entity message: " + doctype);
		String entity = refused("<a>&e;</a>", "entity");
		assertTrue(entity.contains("\"e\""), entity);
		byte[] malformed = { '<', 'a', '>', (byte) 0xC3, '(', '<', '/', 'a', '>' };
		assertThrows(SAXException.class, () -> new XmlScanner(new ByteArrayInputStream(malformed), new Recorder()).parse());
		byte[] overlong = { '<', 'a', '>', (byte) 0xC0, (byte) 0x80, '<', '/', 'a', '>' };
		assertThrows(SAXException.class, () -> new XmlScanner(new ByteArrayInputStream(overlong), new Recorder()).parse());
		for (String truncated : List.of("<a", "<a b=\"1", "<a><!-- x", "<a><![CDATA[x", "<a>&#2", "<a><b>text")) {
			damaged(truncated, "");
		}
	}

	@Test
	public void leavesOtherEncodingsToTheJdkParser() throws Exception {
		byte[] utf16 = "\uFEFF<a>Kö</a>".getBytes(StandardCharsets.UTF_16BE);
		byte[] latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>Kö</a>".getBytes(StandardCharsets.ISO_8859_1);
		for (byte[] bytes : List.of(utf16, latin1)) {
			Recorder recorder = new Recorder();
			XmlScanner scanner = new XmlScanner(new Trickle(bytes), recorder, 16);
			assertFalse(scanner.parse());
			assertEquals(List.of(), recorder.events(), "nothing reported");
			try (InputStream again = scanner.unread()) {
				assertArrayEquals(bytes, again.readAllBytes(), "the part from its start");
			}
		}
	}

	/** Refused with a message that WorkbookReader reads as a damaged file, not as one with entities. */
	private static void damaged(String document, String said) {
		String message = refused(document, said).toLowerCase(java.util.Locale.ROOT);
		assertFalse(message.contains("entit") || message.contains("doctype"), document + ": " + message);
	}

	private static String refused(String document, String said) {
		byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
		SAXException e = assertThrows(SAXException.class,
				() -> new XmlScanner(new Trickle(bytes), new Recorder(), 16).parse(), document);
		assertTrue(e.getMessage().contains(said), document + ": " + e.getMessage());
		assertThrows(Exception.class, () -> jdk(bytes), "the hardened JDK parser refuses it too: " + document);
		return e.getMessage();
	}

	private static List<String> jdk(byte[] bytes) throws Exception {
		// the hardened parser the scanner stands in for (no DTD)
		org.xml.sax.XMLReader reader = org.apache.poi.util.XMLHelper.newXMLReader();
		Recorder recorder = new Recorder();
		reader.setContentHandler(recorder);
		reader.parse(new org.xml.sax.InputSource(new ByteArrayInputStream(bytes)));
		return recorder.events();
	}

	/** Events as text, adjacent text joined (parsers split it differently); namespace declarations left out. */
	private static final class Recorder extends DefaultHandler {
		private final List<String> events = new ArrayList<>();
		private final StringBuilder text = new StringBuilder();

		@Override
		public void startElement(String uri, String localName, String qName, Attributes atts) {
			flush();
			TreeMap<String, String> sorted = new TreeMap<>();
			for (int i = 0; i < atts.getLength(); i++) {
				if (!atts.getQName(i).startsWith("xmlns")) {
					sorted.put(atts.getQName(i), atts.getValue(i));
				}
			}
			events.add("<" + localName + "|" + qName + " " + sorted + " r=" + atts.getValue("r"));
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			flush();
			events.add("</" + localName + "|" + qName);
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			text.append(ch, start, length);
		}

		private void flush() {
			if (!text.isEmpty()) {
				events.add("'" + text + "'");
				text.setLength(0);
			}
		}

		List<String> events() {
			flush();
			return events;
		}
	}

	/** Hands out a few bytes per read, as an inflating stream may. */
	private static final class Trickle extends ByteArrayInputStream {
		Trickle(byte[] bytes) {
			super(bytes);
		}

		@Override
		public synchronized int read(byte[] b, int off, int len) {
			return super.read(b, off, Math.min(len, 7));
		}
	}
}
