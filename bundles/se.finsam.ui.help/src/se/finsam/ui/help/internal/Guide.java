package se.finsam.ui.help.internal;

import java.io.InputStream;
import java.io.StringWriter;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
 * The user guide: topics in the user's language ({@code guide/sv.xml}, {@code guide/en.xml}), each a title and
 * its text in the markup of Eclipse Forms' FormText (paragraphs, list items, bold, links to other topics and to
 * commands). It works offline and needs no browser.
 */
final class Guide {

	/** One page of the guide: its id (stable, see se.finsam.ui.HelpTopics), title and FormText markup. */
	record Topic(String id, String title, String markup, String plain) {
	}

	private static volatile Guide loaded;
	private final List<Topic> topics;

	private Guide(List<Topic> topics) {
		this.topics = List.copyOf(topics);
	}

	static Guide get() {
		Guide g = loaded;
		if (g == null) {
			String language = "en".equals(Locale.getDefault().getLanguage()) ? "en" : "sv";
			g = read(Guide.class.getResource("/guide/" + language + ".xml"));
			loaded = g;
		}
		return g;
	}

	List<Topic> topics() {
		return topics;
	}

	Optional<Topic> topic(String id) {
		return topics.stream().filter(t -> t.id().equals(id)).findFirst();
	}

	/** The topics whose title or text holds every word of the query. */
	List<Topic> search(String query) {
		String[] words = query.toLowerCase(Locale.ROOT).strip().split("\\s+");
		return topics.stream().filter(t -> {
			String text = (t.title() + " " + t.plain()).toLowerCase(Locale.ROOT);
			for (String w : words) {
				if (!text.contains(w)) {
					return false;
				}
			}
			return true;
		}).toList();
	}

	static Guide read(URL url) {
		try (InputStream in = url.openStream()) {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			Document doc = factory.newDocumentBuilder().parse(in);
			List<Topic> topics = new ArrayList<>();
			NodeList nodes = doc.getElementsByTagName("topic");
			for (int i = 0; i < nodes.getLength(); i++) {
				Element topic = (Element) nodes.item(i);
				Element form = child(topic, "form");
				topics.add(new Topic(topic.getAttribute("id"), topic.getAttribute("title"), write(form),
						form.getTextContent().replaceAll("\\s+", " ").strip()));
			}
			return new Guide(topics);
		} catch (Exception e) {
			throw new IllegalStateException("The user guide " + url + " cannot be read: " + e.getMessage(), e);
		}
	}

	private static Element child(Element parent, String name) {
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && e.getTagName().equals(name)) {
				return e;
			}
		}
		throw new IllegalStateException("a topic without <" + name + ">: " + parent.getAttribute("id"));
	}

	private static String write(Element form) throws Exception {
		var transformer = TransformerFactory.newInstance().newTransformer();
		transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
		StringWriter out = new StringWriter();
		transformer.transform(new DOMSource(form), new StreamResult(out));
		return out.toString();
	}
}
