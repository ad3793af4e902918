package se.finsam.reports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Finishes a Word document from BIRT. It gets real heading styles: BIRT writes headings as bold paragraphs of a
 * larger size, which Word's navigation pane and table of contents do not see. And its tables get their column widths:
 * BIRT writes them as {@code <w:gridCol w:val>} where OOXML has {@code w:w}, so Word and LibreOffice make every
 * column as wide as the others. A short table is kept on one page, as in the PDF: Word has no "keep together" for
 * tables, so each of its rows is kept with the next. The report's headings, in order, get "Title"
 * (the report's name), "Heading 1" (sections) and "Heading 2" (parts), the headings with their outline level;
 * their look stays what the design gave them (font, size, colour), so a förbund's font is kept.
 */
final class WordDocument {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private WordDocument() {
	}

	/** @param blocks what the report was made of: its headings, and the notes under its tables */
	static void apply(Path docx, List<Block> blocks) throws IOException {
		List<Block.Heading> headings = new ArrayList<>();
		java.util.Set<String> notes = new java.util.HashSet<>();
		for (int i = 0; i < blocks.size(); i++) {
			if (blocks.get(i) instanceof Block.Heading h) {
				headings.add(h);
			} else if (blocks.get(i) instanceof Block.Note n && i > 0 && blocks.get(i - 1) instanceof Block.Table) {
				notes.add(n.text().strip());
			}
		}
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(docx))) {
			for (ZipEntry e; (e = in.getNextEntry()) != null;) {
				entries.put(e.getName(), in.readAllBytes());
			}
		}
		try {
			Document document = parse(entries.get("word/document.xml"));
			Document styles = parse(entries.get("word/styles.xml"));
			mark(document, headings);
			columnWidths(document);
			keepShortTablesTogether(document, notes);
			style(styles, "Title", "Title", -1);
			for (int level = 1; level <= 3; level++) {
				style(styles, "Heading" + level, "heading " + level, level - 1);
			}
			entries.put("word/document.xml", write(document));
			entries.put("word/styles.xml", write(styles));
		} catch (Exception e) {
			throw new IOException("the Word file's headings: " + e.getMessage(), e);
		}
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(docx))) {
			for (Map.Entry<String, byte[]> e : entries.entrySet()) {
				out.putNextEntry(new ZipEntry(e.getKey()));
				out.write(e.getValue());
				out.closeEntry();
			}
		}
	}

	/** Each heading's paragraph, found in order by its text, gets its heading style. */
	private static void mark(Document document, List<Block.Heading> headings) {
		NodeList paragraphs = document.getElementsByTagNameNS(W, "p");
		List<Element> list = new ArrayList<>();
		for (int i = 0; i < paragraphs.getLength(); i++) {
			list.add((Element) paragraphs.item(i));
		}
		int next = 0;
		for (Block.Heading h : headings) {
			String wanted = h.text() == null ? "" : h.text().strip();
			for (int i = next; i < list.size(); i++) {
				if (text(list.get(i)).strip().equals(wanted) && !wanted.isEmpty()) {
					setStyle(document, list.get(i), h.level() == 0 ? "Title" : "Heading" + Math.min(h.level(), 3));
					next = i + 1;
					break;
				}
			}
		}
	}

	private static void columnWidths(Document document) {
		NodeList columns = document.getElementsByTagNameNS(W, "gridCol");
		for (int i = 0; i < columns.getLength(); i++) {
			Element column = (Element) columns.item(i);
			if (!column.hasAttributeNS(W, "w") && column.hasAttributeNS(W, "val")) {
				column.setAttributeNS(W, "w:w", column.getAttributeNS(W, "val"));
				column.removeAttributeNS(W, "val");
			}
		}
	}

	/** Each row of a short table kept with the next, the last with the note under the table. */
	private static void keepShortTablesTogether(Document document, java.util.Set<String> notes) {
		NodeList tables = document.getElementsByTagNameNS(W, "tbl");
		for (int t = 0; t < tables.getLength(); t++) {
			Element table = (Element) tables.item(t);
			List<Element> rows = children(table, "tr");
			if (rows.size() > DesignBuilder.KEPT_TOGETHER + 1) {
				continue;
			}
			Node after = table.getNextSibling();
			boolean noted = after instanceof Element p && "p".equals(p.getLocalName()) && notes.contains(text(p).strip());
			for (int r = 0; r < rows.size() - (noted ? 0 : 1); r++) {
				NodeList paragraphs = rows.get(r).getElementsByTagNameNS(W, "p");
				for (int i = 0; i < paragraphs.getLength(); i++) {
					Element pPr = properties(document, (Element) paragraphs.item(i));
					if (child(pPr, "keepNext") == null) {
						pPr.appendChild(document.createElementNS(W, "w:keepNext"));
					}
				}
			}
		}
	}

	private static List<Element> children(Element parent, String localName) {
		List<Element> out = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && W.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
				out.add(e);
			}
		}
		return out;
	}

	/** The paragraph's properties, created first in it where it has none. */
	private static Element properties(Document document, Element paragraph) {
		Element pPr = child(paragraph, "pPr");
		if (pPr == null) {
			pPr = document.createElementNS(W, "w:pPr");
			paragraph.insertBefore(pPr, paragraph.getFirstChild());
		}
		return pPr;
	}

	private static String text(Element paragraph) {
		StringBuilder out = new StringBuilder();
		NodeList texts = paragraph.getElementsByTagNameNS(W, "t");
		for (int i = 0; i < texts.getLength(); i++) {
			out.append(texts.item(i).getTextContent());
		}
		return out.toString();
	}

	private static void setStyle(Document document, Element paragraph, String styleId) {
		Element pPr = properties(document, paragraph);
		Element pStyle = document.createElementNS(W, "w:pStyle");
		pStyle.setAttributeNS(W, "w:val", styleId);
		pPr.insertBefore(pStyle, pPr.getFirstChild()); // pStyle comes first in pPr
	}

	/**
	 * A paragraph style by Word's own name ("heading N", "Title"), so Word treats it as its own, kept with what
	 * follows; {@code outline} is the heading's outline level, -1 for none.
	 */
	private static void style(Document styles, String id, String name, int outline) {
		NodeList existing = styles.getElementsByTagNameNS(W, "style");
		for (int i = 0; i < existing.getLength(); i++) {
			if (id.equals(((Element) existing.item(i)).getAttributeNS(W, "styleId"))) {
				return;
			}
		}
		Element style = styles.createElementNS(W, "w:style");
		style.setAttributeNS(W, "w:type", "paragraph");
		style.setAttributeNS(W, "w:styleId", id);
		style.appendChild(valued(styles, "name", name));
		style.appendChild(valued(styles, "next", "Normal"));
		style.appendChild(valued(styles, "uiPriority", String.valueOf(9)));
		style.appendChild(styles.createElementNS(W, "w:qFormat"));
		Element pPr = styles.createElementNS(W, "w:pPr");
		pPr.appendChild(styles.createElementNS(W, "w:keepNext"));
		pPr.appendChild(styles.createElementNS(W, "w:keepLines"));
		if (outline >= 0) {
			pPr.appendChild(valued(styles, "outlineLvl", String.valueOf(outline)));
		}
		style.appendChild(pPr);
		Element rPr = styles.createElementNS(W, "w:rPr");
		rPr.appendChild(styles.createElementNS(W, "w:b"));
		style.appendChild(rPr);
		styles.getDocumentElement().appendChild(style);
	}

	private static Element valued(Document d, String name, String value) {
		Element e = d.createElementNS(W, "w:" + name);
		e.setAttributeNS(W, "w:val", value);
		return e;
	}

	private static Element child(Element parent, String localName) {
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && W.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
				return e;
			}
		}
		return null;
	}

	private static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		try (InputStream in = new java.io.ByteArrayInputStream(xml)) {
			return factory.newDocumentBuilder().parse(in);
		}
	}

	private static byte[] write(Document document) throws Exception {
		var transformer = TransformerFactory.newInstance().newTransformer();
		transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		transformer.transform(new DOMSource(document), new StreamResult((OutputStream) out));
		return out.toByteArray();
	}
}
