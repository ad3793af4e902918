package se.finsam.io.xlsx.internal.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 XML straight into a byte buffer, for the 100 MB of a large sheet: a {@code Writer} costs a call and an
 * encoder pass per piece (POI's sheet writer spent most of an export's writing there, measured). Text is escaped
 * as POI escapes it, and what XML cannot carry (control characters, U+FFFE/U+FFFF, a lone surrogate) becomes "?",
 * as POI writes it, rather than a file Excel refuses.
 */
final class XmlBytes {

	private static final int SIZE = 1 << 16;

	private final OutputStream out;
	private byte[] buffer = new byte[SIZE];
	private int length;

	XmlBytes(OutputStream out) {
		this.out = out;
	}

	static byte[] ascii(String s) {
		return s.getBytes(StandardCharsets.US_ASCII);
	}

	void write(byte[] bytes) throws IOException {
		room(bytes.length);
		System.arraycopy(bytes, 0, buffer, length, bytes.length);
		length += bytes.length;
	}

	void digits(long value) throws IOException {
		room(20);
		if (value < 0) {
			buffer[length++] = '-';
			value = -value;
		}
		int end = length + digitCount(value);
		length = end;
		do {
			buffer[--end] = (byte) ('0' + value % 10);
			value /= 10;
		} while (value != 0);
	}

	private static int digitCount(long value) {
		int n = 1;
		while (value >= 10) {
			value /= 10;
			n++;
		}
		return n;
	}

	/** A number as XML Schema's double: whole numbers without ".0" (as Excel writes them). */
	void number(double value) throws IOException {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			digits((long) value);
		} else {
			String s = Double.toString(value);
			room(s.length());
			for (int i = 0; i < s.length(); i++) {
				buffer[length++] = (byte) s.charAt(i);
			}
		}
	}

	/** Escaped element text or attribute value, UTF-8. */
	void text(String s) throws IOException {
		int n = s.length();
		for (int i = 0; i < n; i++) {
			room(8); // the longest escape, or a 4-byte character
			char c = s.charAt(i);
			if (c >= ' ' && c < 0x80) {
				switch (c) {
				case '<' -> put("&lt;");
				case '>' -> put("&gt;");
				case '&' -> put("&amp;");
				case '"' -> put("&quot;");
				default -> buffer[length++] = (byte) c;
				}
			} else if (c < ' ') {
				switch (c) {
				case '\n' -> put("&#xa;");
				case '\r' -> put("&#xd;");
				case '\t' -> put("&#x9;");
				default -> buffer[length++] = '?';
				}
			} else if (c < 0x800) {
				buffer[length++] = (byte) (0xC0 | c >> 6);
				buffer[length++] = (byte) (0x80 | c & 0x3F);
			} else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
				int cp = Character.toCodePoint(c, s.charAt(++i));
				buffer[length++] = (byte) (0xF0 | cp >> 18);
				buffer[length++] = (byte) (0x80 | cp >> 12 & 0x3F);
				buffer[length++] = (byte) (0x80 | cp >> 6 & 0x3F);
				buffer[length++] = (byte) (0x80 | cp & 0x3F);
			} else if (Character.isSurrogate(c) || c >= '\uFFFE') {
				buffer[length++] = '?';
			} else {
				buffer[length++] = (byte) (0xE0 | c >> 12);
				buffer[length++] = (byte) (0x80 | c >> 6 & 0x3F);
				buffer[length++] = (byte) (0x80 | c & 0x3F);
			}
		}
	}

	private void put(String escape) {
		for (int i = 0; i < escape.length(); i++) {
			buffer[length++] = (byte) escape.charAt(i);
		}
	}

	private void room(int bytes) throws IOException {
		if (length + bytes > buffer.length) {
			flushBuffer();
			if (bytes > buffer.length) {
				buffer = new byte[bytes];
			}
		}
	}

	private void flushBuffer() throws IOException {
		out.write(buffer, 0, length);
		length = 0;
	}

	void flush() throws IOException {
		if (length > 0) {
			out.write(buffer, 0, length);
			length = 0;
		}
	}
}
