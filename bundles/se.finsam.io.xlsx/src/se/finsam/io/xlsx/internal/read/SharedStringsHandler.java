package se.finsam.io.xlsx.internal.read;

import java.util.ArrayList;
import java.util.List;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared-strings part, kept in memory (a sheet refers to it by index) but bounded: a table larger than any real
 * participant workbook is refused instead of filling the heap. Phonetic runs ({@code rPh}) are not text.
 */
final class SharedStringsHandler extends DefaultHandler {

	/** Distinct texts: a DIS of a million rows has far fewer. */
	static final int MAX_STRINGS = 2_000_000;
	/** Characters over all texts (about 100 MB of heap at most). */
	static final long MAX_CHARS = 48L * 1024 * 1024;

	final List<String> strings = new ArrayList<>();
	private final StringBuilder text = new StringBuilder();
	private boolean collecting;
	private boolean inPhonetic;
	private long chars;

	@Override
	public void startElement(String uri, String localName, String qName, Attributes atts) {
		switch (localName) {
		case "si" -> text.setLength(0);
		case "rPh" -> inPhonetic = true;
		case "t" -> collecting = !inPhonetic;
		default -> {
			// r, rPr …
		}
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) throws SAXException {
		if (collecting) {
			chars += length;
			if (chars > MAX_CHARS || text.length() + length > SheetHandler.MAX_CELL_CHARS) {
				throw new SAXException(new LimitException(LimitException.Kind.SHARED_STRINGS));
			}
			text.append(ch, start, length);
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		switch (localName) {
		case "t" -> collecting = false;
		case "rPh" -> inPhonetic = false;
		case "si" -> {
			if (strings.size() >= MAX_STRINGS) {
				throw new SAXException(new LimitException(LimitException.Kind.SHARED_STRINGS));
			}
			strings.add(text.toString());
		}
		default -> {
			// nothing
		}
		}
	}
}
