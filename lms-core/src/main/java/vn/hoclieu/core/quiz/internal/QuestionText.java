package vn.hoclieu.core.quiz.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import vn.hoclieu.core.quiz.model.Choice;

import java.util.List;

/**
 * Stems and options of questions are HTML written by teachers or imported from QTI packages, and
 * pupils see them: before they are stored we keep text formatting, lists, tables, images and MathML
 * (formulas) and drop everything a browser would run — scripts, styles, event handlers, other
 * protocols. Gaps ({@code [[gap:N]]}) are text and pass through.
 */
final class QuestionText {

    private static final String[] MATHML = {"math", "semantics", "annotation", "mrow", "mi", "mn", "mo", "ms", "mtext", "mspace",
            "msup", "msub", "msubsup", "mfrac", "msqrt", "mroot", "mover", "munder", "munderover", "mtable", "mtr", "mtd",
            "mstyle", "mpadded", "mphantom", "menclose", "mfenced"};

    private static final Safelist ALLOWED = Safelist.relaxed()
            .addTags("s", "hr")
            .addTags(MATHML)
            .addAttributes("math", "xmlns", "display")
            .addAttributes(":all", "mathvariant", "stretchy", "fence", "separator", "linethickness", "columnalign")
            .removeProtocols("a", "href", "ftp", "mailto")
            .preserveRelativeLinks(true)
            .addProtocols("img", "src", "http", "https", "data");

    private QuestionText() {
    }

    static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "http://question.invalid/", ALLOWED, output).replace("http://question.invalid/", "").strip();
    }

    static List<Choice> sanitize(List<Choice> choices) {
        return choices.stream().map(c -> new Choice(c.id(), sanitize(c.html()))).toList();
    }
}
