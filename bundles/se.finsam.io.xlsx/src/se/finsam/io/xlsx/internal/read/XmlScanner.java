package se.finsam.io.xlsx.internal.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;

import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads a worksheet or shared-strings part and reports it to a SAX handler as the JDK's parser would (element names
 * without their prefix as the local name), four to six times faster: the parse was most of a 100 000-row import's
 * reading (issue 16). It is not a general XML parser, and need not be for these parts: UTF-8 only (a part that
 * declares another encoding or starts with a UTF-16 byte-order mark is left to the JDK's parser, see
 * {@link #parse}); no DTD at all (refused, as the hardened parser refuses it), so no entity but the five predefined
 * ones and character references; comments and processing instructions skipped, CDATA as text. What would make the
 * JDK's parser fail fails here too: end tags that do not match, elements left open, malformed UTF-8, characters XML
 * forbids, markup after the root. Memory stays bounded: text is handed on in pieces, a tag may not pass 1 MB.
 */
final class XmlScanner {

	static final int MAX_TAG = 1 << 20;
	private static final String TRUNCATED = "The part ends before its elements are closed (truncated).";
	private static final java.util.regex.Pattern ENCODING = java.util.regex.Pattern
			.compile("encoding\\s*=\\s*[\"']([^\"']*)[\"']");
	private static final int NAMES = 64;

	private final InputStream in;
	private final ContentHandler handler;
	private byte[] buf;
	private int pos;
	private int end;
	private boolean eof;
	private char[] chars = new char[4096];
	private final ScannedAttributes attributes = new ScannedAttributes();
	private String[] open = new String[16];
	private int depth;
	private boolean rootClosed;
	/** Element and attribute names seen, by a hash of their bytes: a sheet repeats a handful of them. */
	private final String[] names = new String[NAMES];
	private final String[] locals = new String[NAMES];

	XmlScanner(InputStream in, ContentHandler handler) {
		this(in, handler, 1 << 16);
	}

	/** With a given buffer size: tests make it small to cross every boundary. */
	XmlScanner(InputStream in, ContentHandler handler, int bufferSize) {
		this.in = in;
		this.handler = handler;
		this.buf = new byte[Math.max(bufferSize, 16)];
	}

	/**
	 * Reads the whole part; false (nothing reported) when it is not UTF-8, in which case {@link #unread()} returns
	 * the part from its start for another parser.
	 */
	boolean parse() throws IOException, SAXException {
		if (!prolog()) {
			return false;
		}
		handler.startDocument();
		while (ensure(1)) {
			if (buf[pos] == '<') {
				markup();
			} else {
				text();
			}
		}
		if (depth > 0 || !rootClosed) {
			throw damaged(TRUNCATED);
		}
		handler.endDocument();
		return true;
	}

	/** The part from its start, once {@link #parse} declined it. */
	InputStream unread() {
		return new SequenceInputStream(new ByteArrayInputStream(buf, 0, end), in);
	}

	/** A UTF-8 byte-order mark skipped; false for UTF-16 or a declared encoding other than UTF-8. */
	private boolean prolog() throws IOException, SAXException {
		ensure(4);
		int b0 = end > 0 ? buf[0] & 0xFF : -1;
		int b1 = end > 1 ? buf[1] & 0xFF : -1;
		if (b0 == 0xFE || b0 == 0xFF || b0 == 0 || b1 == 0) {
			return false;
		}
		if (b0 == 0xEF && b1 == 0xBB && end > 2 && (buf[2] & 0xFF) == 0xBF) {
			pos = 3;
		}
		if (!startsWith("<?xml") || !ensure(6) || !isSpace(buf[pos + 5])) {
			return true;
		}
		int close = find("?>", pos);
		while (close < 0 && end - pos < 4096 && fill()) {
			close = find("?>", pos);
		}
		if (close < 0) {
			throw damaged("The XML declaration must end with \"?>\".");
		}
		String declaration = new String(buf, pos, close - pos, StandardCharsets.ISO_8859_1);
		java.util.regex.Matcher encoding = ENCODING.matcher(declaration);
		if (encoding.find() && !encoding.group(1).equalsIgnoreCase("UTF-8") && !encoding.group(1).equalsIgnoreCase("UTF8")) {
			pos = 0;
			return false;
		}
		pos = close + 2;
		return true;
	}

	private void markup() throws IOException, SAXException {
		if (!ensure(2)) {
			throw damaged(TRUNCATED);
		}
		byte next = buf[pos + 1];
		if (next == '?') {
			skipPast("?>");
		} else if (next == '!') {
			if (startsWith("<!--")) {
				skipPast("-->");
			} else if (startsWith("<![CDATA[")) {
				pos += 9;
				cdata();
			} else if (startsWith("<!DOCTYPE") || startsWith("<!doctype")) {
				throw new EntityRefused("DOCTYPE is disallowed: a workbook part has no document type declaration.");
			} else {
				throw damaged("The markup in the document must be well-formed.");
			}
		} else if (next == '/') {
			endTag();
		} else {
			startTag();
		}
	}

	private void startTag() throws IOException, SAXException {
		int close = tagEnd();
		boolean empty = buf[close - 1] == '/';
		int nameEnd = pos + 1;
		while (nameEnd < close && !isSpace(buf[nameEnd]) && buf[nameEnd] != '/') {
			nameEnd++;
		}
		if (nameEnd == pos + 1) {
			throw damaged("The markup in the document must be well-formed.");
		}
		if (rootClosed) {
			throw damaged("The markup in the document following the root element must be well-formed.");
		}
		int slot = name(pos + 1, nameEnd);
		String qName = names[slot];
		String local = locals[slot];
		attributes(nameEnd, empty ? close - 1 : close);
		pos = close + 1;
		if (depth == open.length) {
			open = java.util.Arrays.copyOf(open, depth * 2);
		}
		open[depth++] = qName;
		handler.startElement("", local, qName, attributes);
		if (empty) {
			closeElement(qName, local);
		}
	}

	private void endTag() throws IOException, SAXException {
		int close = tagEnd();
		int nameEnd = close;
		while (nameEnd > pos + 2 && isSpace(buf[nameEnd - 1])) {
			nameEnd--;
		}
		int slot = name(pos + 2, nameEnd);
		pos = close + 1;
		if (depth == 0 || !open[depth - 1].equals(names[slot])) {
			throw damaged("The element type must be terminated by the matching end-tag.");
		}
		closeElement(names[slot], locals[slot]);
	}

	private void closeElement(String qName, String local) throws SAXException {
		depth--;
		if (depth == 0) {
			rootClosed = true;
		}
		handler.endElement("", local, qName);
	}

	private void attributes(int from, int to) throws SAXException {
		attributes.clear();
		int i = from;
		while (true) {
			while (i < to && isSpace(buf[i])) {
				i++;
			}
			if (i >= to) {
				return;
			}
			int nameStart = i;
			while (i < to && buf[i] != '=' && !isSpace(buf[i])) {
				i++;
			}
			int nameEnd = i;
			while (i < to && isSpace(buf[i])) {
				i++;
			}
			if (nameEnd == nameStart || i >= to || buf[i] != '=') {
				throw damaged("Attribute name must be followed by the ' = ' character.");
			}
			i++;
			while (i < to && isSpace(buf[i])) {
				i++;
			}
			byte quote = i < to ? buf[i] : 0;
			if (quote != '"' && quote != '\'') {
				throw damaged("Open quote is expected for attribute.");
			}
			int valueEnd = i + 1;
			while (valueEnd < to && buf[valueEnd] != quote) {
				if (buf[valueEnd] == '<') {
					throw damaged("The value of attribute must not contain the '<' character.");
				}
				valueEnd++;
			}
			if (valueEnd >= to) {
				throw damaged("Attribute value must end with the matching quote character.");
			}
			int slot = name(nameStart, nameEnd);
			int length = decode(i + 1, valueEnd, true, true);
			attributes.add(names[slot], locals[slot], new String(chars, 0, length));
			i = valueEnd + 1;
			if (i < to && !isSpace(buf[i])) {
				throw damaged("Element type must be followed by either attribute specifications, \">\" or \"/>\".");
			}
		}
	}

	/** Text up to the next markup, handed on in pieces that never split a character or a reference. */
	private void text() throws IOException, SAXException {
		while (true) {
			int stop = pos;
			while (stop < end && buf[stop] != '<') {
				stop++;
			}
			if (stop < end || eof) {
				deliver(pos, stop, true);
				pos = stop;
				return;
			}
			int cut = safeCut(pos, stop, true);
			if (cut > pos) {
				deliver(pos, cut, true);
				pos = cut;
			}
			if (!fill()) {
				deliver(pos, end, true);
				pos = end;
				return;
			}
		}
	}

	private void cdata() throws IOException, SAXException {
		while (true) {
			int close = find("]]>", pos);
			if (close >= 0) {
				deliver(pos, close, false);
				pos = close + 3;
				return;
			}
			int cut = safeCut(pos, Math.max(pos, end - 2), false);
			if (cut > pos) {
				deliver(pos, cut, false);
				pos = cut;
			}
			if (!fill()) {
				throw damaged("The CDATA section must end with \"]]>\".");
			}
		}
	}

	private void deliver(int from, int to, boolean references) throws SAXException {
		if (from >= to) {
			return;
		}
		int length = decode(from, to, false, references);
		if (depth > 0) {
			handler.characters(chars, 0, length);
			return;
		}
		for (int i = 0; i < length; i++) {
			char c = chars[i];
			if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
				throw damaged("Content is not allowed outside the root element.");
			}
		}
	}

	/** Where a piece of text may end before the buffer's end: not inside a reference or a UTF-8 sequence. */
	private int safeCut(int from, int to, boolean references) {
		int cut = to;
		if (references) {
			for (int i = to - 1; i >= from && i >= to - 12; i--) {
				if (buf[i] == ';') {
					break;
				}
				if (buf[i] == '&') {
					cut = i;
					break;
				}
			}
		}
		if (cut > from && buf[cut - 1] == '\r') {
			cut--; // a line end \r\n is one \n: keep the \r with what follows
		}
		int lead = cut - 1;
		while (lead >= from && lead > cut - 4 && (buf[lead] & 0xC0) == 0x80) {
			lead--;
		}
		if (lead >= from && (buf[lead] & 0x80) != 0 && cut - lead < sequenceLength(buf[lead])) {
			cut = lead;
		}
		return cut;
	}

	/** UTF-8 and references into {@link #chars}; its length. */
	private int decode(int from, int to, boolean attribute, boolean references) throws SAXException {
		if (chars.length < to - from) {
			chars = new char[Math.max(to - from, chars.length * 2)];
		}
		int n = 0;
		int i = from;
		while (i < to) {
			int b = buf[i];
			if (b >= 0x20 && b != '&') {
				chars[n++] = (char) b;
				i++;
			} else if (b == '&' && references) {
				int semi = i + 1;
				while (semi < to && buf[semi] != ';' && semi - i <= 12) {
					semi++;
				}
				if (semi >= to || buf[semi] != ';') {
					throw damaged("The reference must end with the ';' delimiter.");
				}
				n = reference(i + 1, semi, n);
				i = semi + 1;
			} else if (b == '&') {
				chars[n++] = '&';
				i++;
			} else if (b == '\t' || b == '\n' || b == '\r') {
				chars[n++] = attribute ? ' ' : '\n';
				i += b == '\r' && i + 1 < to && buf[i + 1] == '\n' ? 2 : 1;
			} else if (b >= 0) {
				throw damaged("An invalid XML character (Unicode: 0x" + Integer.toHexString(b) + ") was found.");
			} else {
				int length = sequenceLength((byte) b);
				if (length == 0 || i + length > to) {
					throw malformed();
				}
				int code = b & (0xFF >> (length + 1));
				for (int k = 1; k < length; k++) {
					int c = buf[i + k];
					if ((c & 0xC0) != 0x80) {
						throw malformed();
					}
					code = code << 6 | c & 0x3F;
				}
				if (code < (length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000) || code > 0x10FFFF
						|| code >= 0xD800 && code <= 0xDFFF || code == 0xFFFE || code == 0xFFFF) {
					throw malformed();
				}
				n = Character.toChars(code, chars, n) + n;
				i += length;
			}
		}
		return n;
	}

	private int reference(int from, int to, int n) throws SAXException {
		int length = to - from;
		if (length > 1 && buf[from] == '#') {
			int code = 0;
			boolean hex = buf[from + 1] == 'x';
			int start = hex ? from + 2 : from + 1;
			if (start >= to) {
				throw damaged("A character reference must have digits.");
			}
			for (int i = start; i < to; i++) {
				int digit = Character.digit(buf[i], hex ? 16 : 10);
				if (digit < 0 || code > 0x10FFFF) {
					throw damaged("A character reference must have digits only.");
				}
				code = code * (hex ? 16 : 10) + digit;
			}
			boolean allowed = code == 0x9 || code == 0xA || code == 0xD || code >= 0x20 && code <= 0xD7FF
					|| code >= 0xE000 && code <= 0xFFFD || code >= 0x10000 && code <= 0x10FFFF;
			if (!allowed) {
				throw damaged("Character reference \"&#" + code + "\" is an invalid XML character.");
			}
			return Character.toChars(code, chars, n) + n;
		}
		String name = new String(buf, from, length, StandardCharsets.ISO_8859_1);
		char c = switch (name) {
		case "lt" -> '<';
		case "gt" -> '>';
		case "amp" -> '&';
		case "quot" -> '"';
		case "apos" -> '\'';
		default -> throw new EntityRefused("The entity \"" + name + "\" was referenced, but not declared.");
		};
		chars[n] = c;
		return n + 1;
	}

	/** The index of a name's slot in {@link #names}, its string made once. */
	private int name(int from, int to) {
		int hash = to - from;
		for (int i = from; i < to; i++) {
			hash = 31 * hash + buf[i];
		}
		int slot = (hash ^ hash >>> 7) & (NAMES - 1);
		String known = names[slot];
		if (known == null || !sameBytes(known, from, to)) {
			known = new String(buf, from, to - from, StandardCharsets.UTF_8);
			names[slot] = known;
			int colon = known.indexOf(':');
			locals[slot] = colon < 0 ? known : known.substring(colon + 1);
		}
		return slot;
	}

	private boolean sameBytes(String known, int from, int to) {
		if (known.length() != to - from) {
			return false;
		}
		for (int i = from; i < to; i++) {
			if (known.charAt(i - from) != buf[i]) {
				return false;
			}
		}
		return true;
	}

	/** The index of the tag's closing '>' (outside quotes), read into the buffer whole. */
	private int tagEnd() throws IOException, SAXException {
		int i = pos + 1;
		byte quote = 0;
		while (true) {
			while (i < end) {
				byte b = buf[i];
				if (quote != 0) {
					if (b == quote) {
						quote = 0;
					}
				} else if (b == '"' || b == '\'') {
					quote = b;
				} else if (b == '>') {
					return i;
				} else if (b == '<') {
					throw damaged("The markup in the document must be well-formed.");
				}
				i++;
			}
			int scanned = i - pos;
			if (!fill()) {
				throw damaged(TRUNCATED);
			}
			i = pos + scanned;
		}
	}

	private void skipPast(String terminator) throws IOException, SAXException {
		int from = pos + 2;
		while (true) {
			int found = find(terminator, from);
			if (found >= 0) {
				pos = found + terminator.length();
				return;
			}
			// keep the bytes that could begin the terminator; a comment or instruction may be long
			pos = Math.max(pos, end - terminator.length() + 1);
			from = pos;
			if (!fill()) {
				throw damaged(TRUNCATED);
			}
			from = pos;
		}
	}

	private int find(String what, int from) {
		outer: for (int i = from; i + what.length() <= end; i++) {
			for (int k = 0; k < what.length(); k++) {
				if (buf[i + k] != what.charAt(k)) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private boolean startsWith(String what) throws IOException, SAXException {
		if (!ensure(what.length())) {
			return false;
		}
		for (int k = 0; k < what.length(); k++) {
			if (buf[pos + k] != what.charAt(k)) {
				return false;
			}
		}
		return true;
	}

	/** At least n bytes from pos in the buffer; false when the part ends first. */
	private boolean ensure(int n) throws IOException, SAXException {
		while (end - pos < n) {
			if (!fill()) {
				return false;
			}
		}
		return true;
	}

	/** Moves what is left to the buffer's start (growing it when full) and reads more; false at the end. */
	private boolean fill() throws IOException, SAXException {
		if (eof) {
			return false;
		}
		if (pos > 0) {
			System.arraycopy(buf, pos, buf, 0, end - pos);
			end -= pos;
			pos = 0;
		}
		if (end == buf.length) {
			if (buf.length >= MAX_TAG) {
				throw damaged("A tag longer than " + MAX_TAG + " bytes.");
			}
			buf = java.util.Arrays.copyOf(buf, buf.length * 2);
		}
		int read = in.read(buf, end, buf.length - end);
		if (read < 0) {
			eof = true;
			return false;
		}
		end += read;
		return true;
	}

	private static int sequenceLength(byte lead) {
		int b = lead & 0xFF;
		return b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
	}

	private static boolean isSpace(byte b) {
		return b == ' ' || b == '\n' || b == '\t' || b == '\r';
	}

	/** A DOCTYPE or an entity of its own: what a hostile part has, as opposed to a damaged one. */
	static final class EntityRefused extends SAXException {
		private static final long serialVersionUID = 1L;

		EntityRefused(String message) {
			super(message);
		}
	}

	private static SAXException malformed() {
		return new SAXException("Invalid byte of a UTF-8 sequence.");
	}

	private static SAXException damaged(String message) {
		return new SAXException(message);
	}
}
