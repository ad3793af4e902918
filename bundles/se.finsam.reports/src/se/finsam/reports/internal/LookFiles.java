package se.finsam.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Locale;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.osgi.util.NLS;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A template's look file ({@code design=} in the extension) gives a master page and styles, nothing that runs: no
 * script, no expression, no data source or data set, no parameter, no body, no data item, chart or included script.
 * Checked when the template is read, so a look that would run code is refused (and logged, naming the file) before
 * any report uses it; the template with it is not installed.
 */
final class LookFiles {

	/** Elements that compute or fetch: JavaScript, queries, data bindings, charts, included scripts. */
	private static final Set<String> REFUSED = Set.of("method", "expression", "data-sources", "data-sets",
			"oda-data-source", "oda-data-set", "script-data-source", "script-data-set", "parameters",
			"scalar-parameter", "parameter-group", "cascading-parameter-group", "data", "extended-item", "table",
			"list", "include-script", "scripts", "template-parameter-definitions", "libraries", "simple-value-expr");

	private LookFiles() {
	}

	/** @throws IOException naming the file and what in it is refused */
	static void check(URL look) throws IOException {
		Element root;
		try (InputStream in = look.openStream()) {
			DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
			f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			f.setExpandEntityReferences(false);
			root = f.newDocumentBuilder().parse(in).getDocumentElement();
		} catch (ParserConfigurationException | SAXException e) {
			throw new IOException(NLS.bind(Messages.Look_unreadable, name(look), e.getMessage()), e);
		}
		String found = refused(root);
		if (found != null) {
			throw new IOException(NLS.bind(Messages.Look_refused, name(look), found));
		}
	}

	/** The first thing in the element that runs or fetches, as "<element>" or "property name", or null. */
	private static String refused(Element e) {
		String tag = e.getTagName();
		if (REFUSED.contains(tag)) {
			return "<" + tag + ">";
		}
		String name = e.getAttribute("name");
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.startsWith("on") && lower.length() > 2 || lower.endsWith("expr") || lower.endsWith("expression")
				|| lower.equals("includescripts") || lower.equals("eventhandlerclass")) {
			return name;
		}
		if (tag.equals("body") && hasElementChild(e)) {
			return "<body>";
		}
		if (!hasElementChild(e) && e.getTextContent().toLowerCase(Locale.ROOT).contains("<value-of")) {
			return "<value-of>"; // a text item's embedded expression
		}
		for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element child) {
				String inner = refused(child);
				if (inner != null) {
					return inner;
				}
			}
		}
		return null;
	}

	private static boolean hasElementChild(Element e) {
		for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element) {
				return true;
			}
		}
		return false;
	}

	private static String name(URL look) {
		String path = look.getPath();
		return path.substring(path.lastIndexOf('/') + 1);
	}
}
