package vn.hoclieu.core.quiz.internal;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayOutputStream;
import java.util.regex.Pattern;

/**
 * Builds one XML file of a package (a DOM in one default namespace, with ours declared on the
 * root) and writes it as UTF-8, unindented: indentation would add whitespace to stems.
 */
final class QtiXmlWriter {

    /** Characters XML 1.0 cannot hold (control characters pasted from word processors). */
    private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private final Document document;
    private final String namespace;

    private QtiXmlWriter(Document document, String namespace) {
        this.document = document;
        this.namespace = namespace;
    }

    static QtiXmlWriter document(String namespace, String rootName) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().newDocument();
            Element root = document.createElementNS(namespace, rootName);
            root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", namespace);
            root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:" + QtiExtension.PREFIX, QtiExtension.NAMESPACE);
            document.appendChild(root);
            return new QtiXmlWriter(document, namespace);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    Document document() {
        return document;
    }

    Element root() {
        return document.getDocumentElement();
    }

    /** A new element (not yet placed) with attributes given as name, value, name, value… */
    Element element(String name, String... attributes) {
        Element e = document.createElementNS(namespace, name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            e.setAttribute(attributes[i], safe(attributes[i + 1]));
        }
        return e;
    }

    Element add(Element parent, String name, String... attributes) {
        Element e = element(name, attributes);
        parent.appendChild(e);
        return e;
    }

    /** An attribute of our extension ({@link QtiExtension}). */
    void ours(Element e, String name, String value) {
        e.setAttributeNS(QtiExtension.NAMESPACE, QtiExtension.PREFIX + ":" + name, safe(value));
    }

    /** Text as XML can hold it: without the characters it cannot (they would make the file unreadable). */
    static String safe(String text) {
        return text == null ? "" : NOT_XML.matcher(text).replaceAll("");
    }

    static byte[] bytes(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
