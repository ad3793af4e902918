package se.finsam.io.xlsx.internal.read;

import java.util.Arrays;

import org.xml.sax.Attributes;

/** The attributes of the tag {@link XmlScanner} just read; reused from tag to tag. */
final class ScannedAttributes implements Attributes {

	private String[] qNames = new String[8];
	private String[] localNames = new String[8];
	private String[] values = new String[8];
	private int length;

	void clear() {
		length = 0;
	}

	void add(String qName, String localName, String value) {
		if (length == qNames.length) {
			qNames = Arrays.copyOf(qNames, length * 2);
			localNames = Arrays.copyOf(localNames, length * 2);
			values = Arrays.copyOf(values, length * 2);
		}
		qNames[length] = qName;
		localNames[length] = localName;
		values[length++] = value;
	}

	@Override
	public int getLength() {
		return length;
	}

	@Override
	public String getURI(int index) {
		return index >= 0 && index < length ? "" : null;
	}

	@Override
	public String getLocalName(int index) {
		return index >= 0 && index < length ? localNames[index] : null;
	}

	@Override
	public String getQName(int index) {
		return index >= 0 && index < length ? qNames[index] : null;
	}

	@Override
	public String getType(int index) {
		return index >= 0 && index < length ? "CDATA" : null;
	}

	@Override
	public String getValue(int index) {
		return index >= 0 && index < length ? values[index] : null;
	}

	@Override
	public int getIndex(String uri, String localName) {
		for (int i = 0; i < length; i++) {
			if (localNames[i].equals(localName) && (uri == null || uri.isEmpty())) {
				return i;
			}
		}
		return -1;
	}

	@Override
	public int getIndex(String qName) {
		for (int i = 0; i < length; i++) {
			if (qNames[i].equals(qName)) {
				return i;
			}
		}
		return -1;
	}

	@Override
	public String getType(String uri, String localName) {
		return getType(getIndex(uri, localName));
	}

	@Override
	public String getType(String qName) {
		return getType(getIndex(qName));
	}

	@Override
	public String getValue(String uri, String localName) {
		return getValue(getIndex(uri, localName));
	}

	@Override
	public String getValue(String qName) {
		return getValue(getIndex(qName));
	}
}
