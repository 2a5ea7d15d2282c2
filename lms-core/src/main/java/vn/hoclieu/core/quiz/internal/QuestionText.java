package vn.hoclieu.core.quiz.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import vn.hoclieu.core.quiz.model.Choice;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stems and options of questions are HTML written by teachers or imported from QTI packages, and
 * pupils see them: before they are stored we keep text formatting, lists, tables, MathML and TeX
 * (formulas, as text) and drop everything a browser would run — scripts, styles, event handlers,
 * other protocols. Images, audio and video stay only when they play a file of our own content
 * repository ({@code /files/{id}/{role}}): any other source would be a foreign host the pupils'
 * browsers may not reach (and the site's content-security policy blocks), or a package path that
 * leads nowhere. Gaps ({@code [[gap:N]]}) are text and pass through.
 */
final class QuestionText {

    /** The tags that play a file. */
    static final String MEDIA = "img, audio, video";

    /** A repository file as our own pages serve it: the original, or a video's low-bandwidth renditions. */
    private static final Pattern MATERIAL_FILE = Pattern.compile("/files/(\\d{1,18})/(ORIGINAL|VIDEO_240P|VIDEO_360P)");

    private static final String[] MATHML = {"math", "semantics", "annotation", "mrow", "mi", "mn", "mo", "ms", "mtext", "mspace",
            "msup", "msub", "msubsup", "mfrac", "msqrt", "mroot", "mover", "munder", "munderover", "mtable", "mtr", "mtd",
            "mstyle", "mpadded", "mphantom", "menclose", "mfenced"};

    private static final String BASE = "http://question.invalid/";

    private static final Safelist ALLOWED = Safelist.relaxed()
            .addTags("s", "hr", "audio", "video")
            .addTags(MATHML)
            .addAttributes("math", "xmlns", "display")
            .addAttributes(":all", "mathvariant", "stretchy", "fence", "separator", "linethickness", "columnalign")
            .addAttributes("audio", "src", "controls")
            .addAttributes("video", "src", "controls", "width", "height")
            .removeProtocols("a", "href", "ftp", "mailto")
            .preserveRelativeLinks(true)
            .addProtocols("audio", "src", "http", "https")
            .addProtocols("video", "src", "http", "https");

    /** A repository file a stem or option plays: its id and role (ORIGINAL, VIDEO_240P…). */
    record MaterialFile(long fileId, String role) {

        String url() {
            return "/files/" + fileId + "/" + role;
        }
    }

    private QuestionText() {
    }

    static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document clean = new Cleaner(ALLOWED).clean(Jsoup.parseBodyFragment(html, BASE));
        clean.select(MEDIA).forEach(media -> {
            if (materialFile(media.attr("src")).isEmpty()) {
                media.remove();
            }
        });
        // a player without controls could not be started (autoplay is not allowed through)
        clean.select("audio, video").forEach(player -> player.attr("controls", true));
        clean.outputSettings(new Document.OutputSettings().prettyPrint(false));
        return clean.body().html().replace(BASE, "").strip();
    }

    static List<Choice> sanitize(List<Choice> choices) {
        return choices.stream().map(c -> new Choice(c.id(), sanitize(c.html()))).toList();
    }

    /** The repository file a media element's {@code src} names, if it names one of ours. */
    static Optional<MaterialFile> materialFile(String src) {
        Matcher m = MATERIAL_FILE.matcher(src == null ? "" : src.strip());
        return m.matches() ? Optional.of(new MaterialFile(Long.parseLong(m.group(1)), m.group(2))) : Optional.empty();
    }

    /** Every media element of {@code html} (before sanitizing), in order. */
    static List<Element> media(String html) {
        return html == null || html.isBlank() ? List.of() : Jsoup.parseBodyFragment(html).select(MEDIA);
    }
}
