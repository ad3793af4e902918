package se.finsam.io.xlsx.internal.read;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Tells the JDK parser's entity refusals (a DOCTYPE, an undeclared entity) from a damaged part, for the parts it
 * still reads (other encodings than UTF-8, see {@link XmlScanner}). Its messages are in the user's language ("Enheten
 * "e" har refererats, men är inte deklarerad."), and in English a truncated part is "…within the same entity", so
 * no word tells them apart; the parser's own two messages are learnt, once per language, from two tiny documents.
 */
final class ParserMessages {

	private static final String PROBE = "finsamprobe";

	/** The messages in one language; the entity message around the entity's name. */
	private record Known(Locale locale, String doctype, String entityBefore, String entityAfter) {
	}

	private static volatile Known known;

	private ParserMessages() {
	}

	static boolean isEntityRefusal(String message) {
		if (message == null) {
			return false;
		}
		Known k = known();
		return message.equals(k.doctype) || k.entityBefore != null && message.startsWith(k.entityBefore)
				&& message.endsWith(k.entityAfter)
				&& message.length() > k.entityBefore.length() + k.entityAfter.length();
	}

	private static Known known() {
		Locale locale = Locale.getDefault();
		Known k = known;
		if (k == null || !k.locale.equals(locale)) {
			String entity = message("<a>&" + PROBE + ";</a>");
			int at = entity == null ? -1 : entity.indexOf(PROBE);
			k = new Known(locale, message("<!DOCTYPE a><a/>"), at < 0 ? null : entity.substring(0, at),
					at < 0 ? null : entity.substring(at + PROBE.length()));
			known = k;
		}
		return k;
	}

	/** The parser's message for a document, configured as {@link WorkbookReader#parse} configures it. */
	private static String message(String document) {
		try {
			XMLReader reader = XMLHelper.newXMLReader();
			reader.setContentHandler(new DefaultHandler());
			reader.setErrorHandler(new ErrorHandler() { // not the default one, which prints "[Fatal Error]"
				@Override
				public void warning(SAXParseException e) {
				}

				@Override
				public void error(SAXParseException e) {
				}

				@Override
				public void fatalError(SAXParseException e) throws SAXParseException {
					throw e;
				}
			});
			reader.parse(new InputSource(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))));
			return null;
		} catch (Exception e) {
			return e.getMessage();
		}
	}
}
