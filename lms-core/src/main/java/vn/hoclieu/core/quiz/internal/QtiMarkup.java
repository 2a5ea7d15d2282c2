package vn.hoclieu.core.quiz.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.nodes.Entities;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bank's HTML (sanitized, so a known subset) as QTI content: re-serialized as well-formed XML
 * by jsoup, parsed into the item's document in QTI's namespace (MathML in its own), and each
 * {@code [[gap:N]]} replaced by the element the item writer makes for it.
 */
final class QtiMarkup {

    private static final Pattern GAP = Pattern.compile("\\[\\[gap:(\\d{1,4})]]");
    private static final String MATHML = "http://www.w3.org/1998/Math/MathML";

    private QtiMarkup() {
    }

    /** Appends the content of {@code html} to {@code parent}; {@code gap} makes the element for {@code [[gap:N]]} (null: kept as text). */
    static void append(Element parent, String html, IntFunction<Element> gap) {
        Document document = parent.getOwnerDocument();
        Element parsed = parse(html);
        for (Node n = parsed.getFirstChild(); n != null; n = n.getNextSibling()) {
            parent.appendChild(document.importNode(n, true));
        }
        if (gap != null) {
            for (Text text : texts(parent)) {
                replaceGaps(text, gap);
            }
        }
    }

    private static Element parse(String html) {
        org.jsoup.nodes.Document fragment = Jsoup.parseBodyFragment(html == null ? "" : QtiXmlWriter.safe(html));
        fragment.select("math:not([xmlns])").attr("xmlns", MATHML); // HTML knows math without it; XML does not
        fragment.outputSettings(new OutputSettings().syntax(OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8).prettyPrint(false));
        String xml = "<div xmlns=\"" + QtiExtension.QTI + "\">" + fragment.body().html() + "</div>";
        try {
            return QtiXml.parse(xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        } catch (QtiXml.MalformedException e) {
            throw new IllegalStateException("jsoup wrote XML that does not parse: " + e.getMessage(), e);
        }
    }

    private static List<Text> texts(Element root) {
        List<Text> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node parent, List<Text> found) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Text t && GAP.matcher(t.getData()).find()) {
                found.add(t);
            } else if (n instanceof Element && !MATHML.equals(n.getNamespaceURI())) {
                collect(n, found);
            }
        }
    }

    /** Splits a text at its placeholders: text, gap element, text… */
    private static void replaceGaps(Text text, IntFunction<Element> gap) {
        Node parent = text.getParentNode();
        Document document = text.getOwnerDocument();
        String data = text.getData();
        Matcher m = GAP.matcher(data);
        int from = 0;
        while (m.find()) {
            if (m.start() > from) {
                parent.insertBefore(document.createTextNode(data.substring(from, m.start())), text);
            }
            Element made = gap.apply(Integer.parseInt(m.group(1)));
            parent.insertBefore(made != null ? made : document.createTextNode(m.group()), text);
            from = m.end();
        }
        if (from < data.length()) {
            parent.insertBefore(document.createTextNode(data.substring(from)), text);
        }
        parent.removeChild(text);
    }
}
