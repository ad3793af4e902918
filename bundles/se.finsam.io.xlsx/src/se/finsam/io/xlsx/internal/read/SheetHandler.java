package se.finsam.io.xlsx.internal.read;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet part as SAX events and hands each non-blank row to the sink. Only cached values are read:
 * formulas ({@code <f>}) are skipped, so nothing is evaluated and external links are never followed. Our own handler
 * rather than POI's {@code XSSFSheetXMLHandler}: no cell formatting is needed, which makes it several times faster.
 */
final class SheetHandler extends DefaultHandler {

	static final int MAX_ROWS = 1_048_576;
	static final int MAX_COLUMNS = 16_384;
	/** Excel's own limit for one cell; more is a hostile file. */
	static final int MAX_CELL_CHARS = 32_767;
	private static final int CANCEL_CHECK = 512;

	private final List<String> sharedStrings;
	/** By cell style index: whether its number format is a percentage. */
	private final boolean[] percentStyles;
	private final RowSink sink;

	private String[] values = new String[32];
	private byte[] kinds = new byte[32];
	private int width;
	private int rowNumber;
	private int column;
	private String type;
	private int style;
	private final StringBuilder text = new StringBuilder();
	private boolean collecting;
	private boolean inInline;
	private boolean inPhonetic;
	private int rowsSeen;

	SheetHandler(List<String> sharedStrings, boolean[] percentStyles, RowSink sink) {
		this.sharedStrings = sharedStrings;
		this.percentStyles = percentStyles;
		this.sink = sink;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
		switch (localName) {
		case "row" -> startRow(atts.getValue("r"));
		case "c" -> {
			String ref = atts.getValue("r");
			column = ref == null ? column + 1 : columnIndex(ref);
			if (column >= MAX_COLUMNS) {
				throw new SAXException(new LimitException(LimitException.Kind.COLUMNS));
			}
			type = atts.getValue("t");
			String s = atts.getValue("s");
			style = s == null ? 0 : parsePositiveOrZero(s);
			text.setLength(0);
		}
		case "v" -> {
			text.setLength(0);
			collecting = true;
		}
		case "is" -> inInline = true;
		case "rPh" -> inPhonetic = true;
		case "t" -> collecting = inInline && !inPhonetic;
		default -> {
			// sheetData, f, mergeCells …: nothing to keep
		}
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) throws SAXException {
		if (collecting) {
			if (text.length() + length > MAX_CELL_CHARS) {
				throw new SAXException(new LimitException(LimitException.Kind.CELL));
			}
			text.append(ch, start, length);
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		switch (localName) {
		case "v", "t" -> collecting = false;
		case "is" -> inInline = false;
		case "rPh" -> inPhonetic = false;
		case "c" -> endCell();
		case "row" -> endRow();
		default -> {
			// nothing
		}
		}
	}

	private void startRow(String r) throws SAXException {
		int next = r == null ? rowNumber + 1 : parsePositive(r);
		if (next <= rowNumber || next > MAX_ROWS) {
			throw new SAXException(new LimitException(LimitException.Kind.ROWS));
		}
		rowNumber = next;
		column = -1;
		width = 0;
		if (++rowsSeen % CANCEL_CHECK == 0 && sink.cancelled()) {
			throw new CancellationException();
		}
	}

	private void endCell() throws SAXException {
		String value;
		byte kind;
		if (type == null || "n".equals(type)) {
			boolean percent = style >= 0 && style < percentStyles.length && percentStyles[style];
			kind = text.isEmpty() ? SheetRow.EMPTY : percent ? SheetRow.PERCENT : SheetRow.NUMBER;
			value = kind == SheetRow.EMPTY ? null : text.toString();
		} else {
			switch (type) {
			case "s" -> {
				int index = text.isEmpty() ? -1 : parsePositiveOrZero(text);
				if (index < 0 || index >= sharedStrings.size()) {
					throw new SAXException(new LimitException(LimitException.Kind.SHARED_STRING_INDEX));
				}
				value = sharedStrings.get(index);
				kind = SheetRow.TEXT;
			}
			case "b" -> {
				value = "1".contentEquals(text) ? "Ja" : "Nej";
				kind = SheetRow.TEXT;
			}
			case "e" -> {
				value = text.toString();
				kind = SheetRow.ERROR;
			}
			default -> { // str (a formula's cached text), inlineStr, d (ISO date text)
				value = text.toString();
				kind = SheetRow.TEXT;
			}
			}
		}
		text.setLength(0);
		if (kind == SheetRow.EMPTY) {
			return;
		}
		if (column >= values.length) {
			int size = Math.max(column + 1, values.length * 2);
			values = Arrays.copyOf(values, size);
			kinds = Arrays.copyOf(kinds, size);
		}
		values[column] = value;
		kinds[column] = kind;
		width = Math.max(width, column + 1);
	}

	private void endRow() {
		if (width > 0) {
			SheetRow row = new SheetRow(rowNumber, Arrays.copyOf(values, width), Arrays.copyOf(kinds, width));
			Arrays.fill(values, 0, width, null);
			Arrays.fill(kinds, 0, width, SheetRow.EMPTY);
			if (!row.isBlank()) {
				sink.row(row);
			}
		}
	}

	/** 0-based column of a reference such as {@code AB17}. */
	static int columnIndex(String ref) {
		int column = 0;
		for (int i = 0; i < ref.length(); i++) {
			char c = ref.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				column = column * 26 + (c - 'A' + 1);
				if (column > MAX_COLUMNS) {
					return MAX_COLUMNS;
				}
			} else {
				break;
			}
		}
		return column - 1;
	}

	private static int parsePositive(CharSequence s) throws SAXException {
		int value = parsePositiveOrZero(s);
		if (value <= 0) {
			throw new SAXException(new LimitException(LimitException.Kind.ROWS));
		}
		return value;
	}

	private static int parsePositiveOrZero(CharSequence s) {
		long value = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c < '0' || c > '9' || value > Integer.MAX_VALUE) {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value > Integer.MAX_VALUE ? -1 : (int) value;
	}
}
