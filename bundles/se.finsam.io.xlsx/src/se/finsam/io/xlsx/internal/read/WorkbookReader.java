package se.finsam.io.xlsx.internal.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.zip.ZipException;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.eclipse.osgi.util.NLS;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import se.finsam.io.xlsx.SpreadsheetException;
import se.finsam.io.xlsx.internal.Messages;

/**
 * Reads a workbook from a file, row by row: XLSX with our streaming SAX handler (never the whole workbook in
 * memory), legacy XLS with POI's HSSF (at most 65 536 rows a sheet). Whatever goes wrong with the file — not a
 * workbook, damaged, password-protected, a zip bomb, XML entities, absurd sizes — ends as one
 * {@link SpreadsheetException} with a message naming the file; POI's guidance is to expect any exception from a
 * hostile file, so errors are caught here too.
 */
public final class WorkbookReader {

	/** Excel's own limit on cell formats; a file claiming more is hostile. */
	private static final int MAX_STYLES = 64_000;

	private static final byte[] ZIP = { 0x50, 0x4B, 0x03, 0x04 };
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private WorkbookReader() {
	}

	public static void read(Path file, RowSink sink) throws SpreadsheetException {
		String name = file.getFileName().toString();
		try {
			byte[] head = head(file);
			if (startsWith(head, ZIP)) {
				readXlsx(file, sink);
			} else if (startsWith(head, OLE2)) {
				XlsReader.read(file, sink);
			} else {
				throw new SpreadsheetException(NLS.bind(Messages.Read_notWorkbook, name));
			}
		} catch (SpreadsheetException | CancellationException e) {
			throw e;
		} catch (EncryptedDocumentException e) {
			throw new SpreadsheetException(NLS.bind(Messages.Read_encrypted, name), e);
		} catch (SAXException e) {
			throw new SpreadsheetException(saxMessage(e, name), e);
		} catch (LimitException e) {
			throw new SpreadsheetException(limitMessage(e, name), e);
		} catch (NotOfficeXmlFileException | InvalidFormatException | ZipException | EOFException e) {
			throw new SpreadsheetException(damaged(e, name), e);
		} catch (IOException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
			// POI's guidance: a hostile file may raise any exception; none of them may escape as a stack trace.
			throw new SpreadsheetException(damaged(e, name), e);
		} catch (StackOverflowError | OutOfMemoryError e) {
			throw new SpreadsheetException(NLS.bind(Messages.Read_tooComplex, name), e);
		}
	}

	private static void readXlsx(Path file, RowSink sink)
			throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
		OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
		try {
			XSSFReader reader = new XSSFReader(pkg);
			boolean date1904;
			try (InputStream in = reader.getWorkbookData()) {
				WorkbookProperties properties = new WorkbookProperties();
				parse(in, properties);
				date1904 = properties.date1904;
			}
			List<String> strings = List.of();
			try (InputStream in = reader.getSharedStringsData()) {
				if (in != null) {
					SharedStringsHandler handler = new SharedStringsHandler();
					scan(in, handler);
					strings = handler.strings;
				}
			}
			boolean[] percent = percentStyles(reader);
			XSSFReader.SheetIterator sheets = reader.getSheetIterator();
			while (sheets.hasNext()) {
				try (InputStream in = sheets.next()) {
					sink.startSheet(sheets.getSheetName(), date1904);
					scan(in, new SheetHandler(strings, percent, sink));
				}
			}
		} finally {
			pkg.revert();
		}
	}

	/**
	 * Which cell styles show numbers as percentages ("0%", "0,0 %"): such a cell holds the fraction, so 150 % is
	 * 1.5. A workbook without styles has none.
	 */
	private static boolean[] percentStyles(XSSFReader reader) throws IOException {
		try {
			org.apache.poi.xssf.model.StylesTable styles = reader.getStylesTable();
			if (styles == null) {
				return new boolean[0];
			}
			boolean[] percent = new boolean[Math.min(styles.getNumCellStyles(), MAX_STYLES)];
			for (int i = 0; i < percent.length; i++) {
				percent[i] = isPercentFormat(styles.getStyleAt(i).getDataFormatString());
			}
			return percent;
		} catch (InvalidFormatException e) {
			return new boolean[0];
		}
	}

	/** A percent sign outside quotes and escapes in a number format. */
	static boolean isPercentFormat(String format) {
		if (format == null) {
			return false;
		}
		boolean quoted = false;
		for (int i = 0; i < format.length(); i++) {
			char c = format.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			} else if (c == '\\' || c == '_' || c == '*') {
				i++;
			} else if (c == '%' && !quoted) {
				return true;
			}
		}
		return false;
	}

	/** A worksheet or the shared strings: most of a workbook's bytes, read by our own scanner (UTF-8 parts). */
	static void scan(InputStream in, ContentHandler handler)
			throws IOException, SAXException, ParserConfigurationException {
		XmlScanner scanner = new XmlScanner(in, handler);
		try {
			if (scanner.parse()) {
				return;
			}
		} catch (SAXException e) {
			throw unwrapped(e);
		}
		parse(scanner.unread(), handler);
	}

	static void parse(InputStream in, ContentHandler handler)
			throws IOException, SAXException, ParserConfigurationException {
		XMLReader reader = XMLHelper.newXMLReader();
		reader.setContentHandler(handler);
		try {
			reader.parse(new org.xml.sax.InputSource(in));
		} catch (SAXException e) {
			throw unwrapped(e);
		}
	}

	/** Our handlers wrap limits and cancellation so that they pass through the parser. */
	private static SAXException unwrapped(SAXException e) {
		if (e.getException() instanceof LimitException limit) {
			throw limit;
		}
		if (e.getException() instanceof CancellationException cancel) {
			throw cancel;
		}
		return e;
	}

	private static byte[] head(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(8);
		}
	}

	private static boolean startsWith(byte[] head, byte[] magic) {
		if (head.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (head[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

	private static String damaged(Throwable e, String name) {
		if (e instanceof java.nio.file.AccessDeniedException) {
			return NLS.bind(Messages.Read_unreadable, name);
		}
		if (e instanceof java.nio.file.NoSuchFileException) {
			return NLS.bind(Messages.Read_missing, name);
		}
		if (e instanceof java.nio.file.FileSystemException && java.nio.file.Files.isDirectory(
				java.nio.file.Path.of(String.valueOf(((java.nio.file.FileSystemException) e).getFile())))) {
			return NLS.bind(Messages.Read_directory, name);
		}
		String text = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
		if (text.contains("zip bomb") || text.contains("inflate ratio") || text.contains("max entry size")) {
			return NLS.bind(Messages.Read_zipBomb, name);
		}
		if (e instanceof NotOfficeXmlFileException || text.contains("no valid entries")) {
			return NLS.bind(Messages.Read_notWorkbook, name);
		}
		return NLS.bind(Messages.Read_damaged, name);
	}

	private static String saxMessage(SAXException e, String name) {
		if (e instanceof XmlScanner.EntityRefused || ParserMessages.isEntityRefusal(e.getMessage())) {
			return NLS.bind(Messages.Read_entities, name);
		}
		return NLS.bind(Messages.Read_damaged, name);
	}

	private static String limitMessage(LimitException e, String name) {
		return switch (e.kind) {
		case ROWS -> NLS.bind(Messages.Read_rows, name);
		case COLUMNS -> NLS.bind(Messages.Read_columns, name);
		case CELL -> NLS.bind(Messages.Read_cellTooLong, name, SheetHandler.MAX_CELL_CHARS);
		case SHARED_STRINGS -> NLS.bind(Messages.Read_sharedStrings, name);
		case SHARED_STRING_INDEX -> NLS.bind(Messages.Read_damaged, name);
		};
	}

	/** {@code <workbookPr date1904="1"/>}: nothing else of workbook.xml is needed. */
	private static final class WorkbookProperties extends DefaultHandler {
		boolean date1904;

		@Override
		public void startElement(String uri, String localName, String qName, Attributes atts) {
			if ("workbookPr".equals(localName)) {
				String value = atts.getValue("date1904");
				date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
			}
		}
	}
}
