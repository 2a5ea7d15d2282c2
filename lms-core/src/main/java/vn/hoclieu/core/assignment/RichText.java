package vn.hoclieu.core.assignment;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.safety.Safelist;

/**
 * Teachers' instructions, pupils' texts and feedback are HTML from an editor: we keep basic
 * formatting, headings, lists and http(s) links (rel=nofollow) and drop everything a browser would
 * run — scripts, styles, event handlers, other protocols — before it is stored.
 */
public final class RichText {

    private static final Safelist ALLOWED = Safelist.basic()
            .addTags("h1", "h2", "h3", "h4", "s")
            .removeProtocols("a", "href", "ftp", "mailto");

    private RichText() {
    }

    /** Safe HTML ("" for null or blank input). */
    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", ALLOWED, output).strip();
    }

    /** The text of sanitized HTML with a line break after each paragraph, heading, list item and break (for .txt copies). */
    public static String plain(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.getWholeText());
                } else if (node instanceof Element e && e.nameIs("br")) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock() && !e.nameIs("body")) {
                    text.append('\n');
                }
            }
        }, Jsoup.parseBodyFragment(html).body());
        return text.toString().strip() + "\n";
    }

    /** Plain text typed in a simple box (a phone) as HTML: a paragraph per line, everything escaped. */
    public static String fromPlain(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        for (String line : text.strip().split("\\R")) {
            html.append(line.isBlank() ? "<p></p>" : "<p>" + org.jsoup.nodes.Entities.escape(line.strip()) + "</p>");
        }
        return html.toString();
    }
}
