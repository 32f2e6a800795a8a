package org.gazette.feed;

import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes sitemap XML as a stream, element by element as the articles are read, with every
 * text escaped by the XML writer.
 */
final class SitemapWriter implements AutoCloseable {

	static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	static final String IMAGE_NS = "http://www.google.com/schemas/sitemap-image/1.1";

	static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

	private static final XMLOutputFactory factory = XMLOutputFactory.newFactory();

	private final XMLStreamWriter xml;

	private SitemapWriter(XMLStreamWriter xml) {
		this.xml = xml;
	}

	static SitemapWriter start(OutputStream output, String root, String... extraNamespaces) throws XMLStreamException {
		XMLStreamWriter xml = factory.createXMLStreamWriter(output, "UTF-8");
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement(root);
		xml.writeDefaultNamespace(SITEMAP_NS);
		for (int i = 0; i + 1 < extraNamespaces.length; i += 2) {
			xml.writeNamespace(extraNamespaces[i], extraNamespaces[i + 1]);
		}
		return new SitemapWriter(xml);
	}

	SitemapWriter open(String name) throws XMLStreamException {
		this.xml.writeStartElement(name);
		return this;
	}

	SitemapWriter open(String prefix, String namespace, String name) throws XMLStreamException {
		this.xml.writeStartElement(prefix, name, namespace);
		return this;
	}

	SitemapWriter end() throws XMLStreamException {
		this.xml.writeEndElement();
		return this;
	}

	SitemapWriter element(String name, String text) throws XMLStreamException {
		this.xml.writeStartElement(name);
		this.xml.writeCharacters(text);
		this.xml.writeEndElement();
		return this;
	}

	SitemapWriter element(String prefix, String namespace, String name, String text) throws XMLStreamException {
		this.xml.writeStartElement(prefix, name, namespace);
		this.xml.writeCharacters(text);
		this.xml.writeEndElement();
		return this;
	}

	static String time(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	@Override
	public void close() throws XMLStreamException {
		this.xml.writeEndDocument();
		this.xml.flush();
		this.xml.close();
	}

}
