package vn.hoclieu.core.quiz.internal;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;
import vn.hoclieu.core.quiz.model.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns QTI item content into the bank's HTML: the XHTML subset QTI allows (kept with a few safe
 * attributes), MathML kept whole (rendered by our own MathJax/KaTeX later), images, audio and video
 * as their HTML elements, gaps and inline boxes as {@code [[gap:N]]} placeholders, and shared
 * stimuli ({@code xi:include}) inlined from the package. Feedback and anything unknown is left out;
 * unknown elements keep their text. Everything is escaped: the pages sanitize again when showing it.
 */
final class QtiBody {

    private static final Set<String> KEPT = Set.of("p", "br", "em", "strong", "b", "i", "u", "sub", "sup", "small", "big",
            "span", "div", "s", "strike", "blockquote", "pre", "code", "kbd", "q", "cite", "abbr", "ul", "ol", "li", "dl", "dt", "dd",
            "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
            "img", "a", "col", "colgroup");
    /** The attributes kept, in a fixed order (a DOM does not keep the document's). */
    private static final Map<String, List<String>> ATTRIBUTES = Map.of("img", List.of("src", "alt", "title", "width", "height"),
            "a", List.of("href", "title"), "ol", List.of("start", "type"), "td", List.of("colspan", "rowspan"),
            "th", List.of("colspan", "rowspan"));
    private static final Set<String> DROPPED = Set.of("feedbackInline", "feedbackBlock", "modalFeedback", "rubricBlock",
            "templateInline", "templateBlock", "printedVariable", "stylesheet", "gapText", "simpleChoice",
            "simpleMatchSet", "simpleAssociableChoice", "inlineChoice");
    private static final String MATHML = "http://www.w3.org/1998/Math/MathML";

    private final StringBuilder html = new StringBuilder();
    private final List<String> assets = new ArrayList<>();
    private final Function<String, Optional<Stimulus>> stimuli;
    private String file;
    private int gaps;

    /** A shared stimulus's root element and its path (its images are relative to it). */
    record Stimulus(Element root, String file) {
    }

    private QtiBody(String file, Function<String, Optional<Stimulus>> stimuli) {
        this.file = file;
        this.stimuli = stimuli;
    }

    /**
     * The content of {@code element}'s children, written in {@code file} of the package;
     * {@code stimuli} finds an included file by its path. Images and media are referred to by their
     * path inside the package.
     */
    static QtiBody of(Element element, String file, Function<String, Optional<Stimulus>> stimuli) {
        QtiBody body = new QtiBody(file, stimuli);
        body.children(element);
        return body;
    }

    String html() {
        return html.toString().strip().replaceAll("\\s+", " ");
    }

    List<String> assets() {
        return List.copyOf(assets);
    }

    int gaps() {
        return gaps;
    }

    private void children(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Text t) {
                escape(t.getData());
            } else if (n instanceof Element e) {
                element(e);
            }
        }
    }

    private void element(Element e) {
        String name = e.getLocalName();
        if (MATHML.equals(e.getNamespaceURI())) {
            math(e, true);
        } else if (DROPPED.contains(name)) {
            return;
        } else if (QtiExtension.added(e)) {
            children(e); // our wrapper, there only for valid QTI
        } else if (name.equals("textEntryInteraction") || name.equals("inlineChoiceInteraction") || name.equals("gap")) {
            gap(e);
        } else if (name.equals("prompt")) {
            html.append("<p>");
            children(e);
            html.append("</p>");
        } else if (name.endsWith("Interaction")) {
            children(e); // its prompt and, for a gap match, its text; its options are read elsewhere
        } else if (name.equals("include")) {
            stimuli.apply(PackagePath.resolve(file, QtiXml.attribute(e, "href"))).ifPresent(this::stimulus);
        } else if (name.equals("object")) {
            media(e);
        } else if (KEPT.contains(name)) {
            tag(e, name);
        } else {
            children(e);
        }
    }

    /**
     * A box or drop-down in the text: its placeholder, numbered as our export says or else in order
     * from 1, as the bank numbers gaps (the N-th gap's options are the N-th of the gap options).
     */
    private void gap(Element e) {
        int n = ++gaps;
        String written = QtiExtension.attribute(e, "gap").orElse(Integer.toString(n));
        if (!written.equals(QtiExtension.NO_GAP)) {
            html.append(Question.GAP.formatted(written.matches("\\d{1,4}") ? Integer.parseInt(written) : n));
        }
    }

    private void stimulus(Stimulus stimulus) {
        String including = file;
        file = stimulus.file();
        QtiXml.child(stimulus.root(), "stimulusBody").ifPresentOrElse(this::children, () -> children(stimulus.root()));
        file = including;
    }

    private void tag(Element e, String name) {
        html.append('<').append(name);
        for (String attribute : ATTRIBUTES.getOrDefault(name, List.of())) {
            if (e.hasAttribute(attribute)) {
                String value = e.getAttribute(attribute);
                if (name.equals("img") && attribute.equals("src")) {
                    value = asset(value);
                }
                html.append(' ').append(attribute).append("=\"");
                escape(value);
                html.append('"');
            }
        }
        html.append('>');
        if (!name.equals("img") && !name.equals("br") && !name.equals("hr") && !name.equals("col")) {
            children(e);
            html.append("</").append(name).append('>');
        }
    }

    /** QTI's {@code object}: an image, audio or video file becomes the HTML element that plays it. */
    private void media(Element e) {
        String data = QtiXml.attribute(e, "data");
        String type = QtiXml.attribute(e, "type");
        String element = type.startsWith("image/") ? "img" : type.startsWith("audio/") ? "audio" : type.startsWith("video/") ? "video" : "";
        if (element.isEmpty() || data.isEmpty()) {
            children(e); // its fallback content
            return;
        }
        html.append('<').append(element).append(" src=\"");
        escape(asset(data));
        html.append(element.equals("img") ? "\" alt=\"\">" : "\" controls></" + element + ">");
    }

    /** A file the content refers to, as its path inside the package (URLs stay as written). */
    private String asset(String href) {
        String path = PackagePath.resolve(file, href);
        if (!assets.contains(path)) {
            assets.add(path);
        }
        return path;
    }

    private void math(Element e, boolean root) {
        html.append('<').append(e.getLocalName());
        if (root) {
            html.append(" xmlns=\"").append(MATHML).append('"');
        }
        var attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            if (!"xmlns".equals(a.getPrefix()) && !"xmlns".equals(a.getNodeName())) {
                html.append(' ').append(a.getLocalName() == null ? a.getNodeName() : a.getLocalName()).append("=\"");
                escape(a.getNodeValue());
                html.append('"');
            }
        }
        html.append('>');
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Text t) {
                escape(t.getData());
            } else if (n instanceof Element c) {
                math(c, false);
            }
        }
        html.append("</").append(e.getLocalName()).append('>');
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                default -> html.append(c);
            }
        }
    }
}
