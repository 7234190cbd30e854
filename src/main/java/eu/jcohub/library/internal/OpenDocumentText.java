package eu.jcohub.library.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The text of an OpenDocument text file (.odt): a zip whose first entry, {@code mimetype}, names the kind of
 * document, and whose {@code content.xml} holds the text. The XML is read without any DTD or external entity.
 */
final class OpenDocumentText {

	static final String MIME_TYPE = "application/vnd.oasis.opendocument.text";
	private static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
	/** Elements after which a reader sees a break. */
	private static final Set<String> BREAKS = Set.of("p", "h", "line-break", "list-item", "tab", "s");

	private OpenDocumentText() {
	}

	/** A zip that is no OpenDocument text (a spreadsheet, a presentation, some other archive). */
	static final class NotOpenDocumentText extends RuntimeException {

		NotOpenDocumentText(String message) {
			super(message);
		}
	}

	static String read(byte[] content) throws IOException {
		ZipLimits.check(content);
		byte[] xml = null;
		boolean first = true;
		try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry(), first = false) {
				if (first) {
					var mimeType = new String(zip.readNBytes(200), StandardCharsets.US_ASCII).strip();
					if (!entry.getName().equals("mimetype") || !mimeType.equals(MIME_TYPE)) {
						throw new NotOpenDocumentText("first entry " + entry.getName() + " does not say " + MIME_TYPE);
					}
				}
				else if (entry.getName().equals("content.xml")) {
					xml = zip.readAllBytes();
				}
			}
		}
		if (first) {
			throw new NotOpenDocumentText("empty archive");
		}
		if (xml == null) {
			throw new IOException("no content.xml");
		}
		return textOf(xml);
	}

	private static String textOf(byte[] xml) throws IOException {
		var text = new StringBuilder();
		try {
			var factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.newSAXParser().parse(new ByteArrayInputStream(xml), new DefaultHandler() {

				@Override
				public void characters(char[] chars, int start, int length) {
					text.append(chars, start, length);
				}

				@Override
				public void endElement(String uri, String localName, String qName) {
					if (TEXT_NS.equals(uri) && BREAKS.contains(localName)) {
						text.append(' ');
					}
				}

				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) {
					if (TEXT_NS.equals(uri) && BREAKS.contains(localName)) {
						text.append(' ');
					}
				}
			});
		}
		catch (ParserConfigurationException | SAXException e) {
			throw new IOException("content.xml cannot be read: " + e.getMessage(), e);
		}
		return text.toString();
	}
}
