package vn.hoclieu.core.quiz.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.hoclieu.core.quiz.model.Choice;
import vn.hoclieu.core.quiz.model.Question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The repository files questions play, carried inside an exported QTI package so that it
 * re-imports elsewhere: each file once, as {@code media/<fileId>-<role>.<ext>}, and the item
 * refers to it by its path relative to the item ({@code ../media/…}): images as {@code img},
 * audio and video as QTI's {@code object} (QTI 2.1 has no audio or video element). A file that
 * cannot be carried (no longer published, too large) is left out with its element.
 */
final class QtiMediaFiles {

    static final String FOLDER = "media/";

    private static final Map<String, String> EXTENSIONS = Map.of("image/png", "png", "image/jpeg", "jpg", "image/gif", "gif",
            "image/webp", "webp", "audio/mpeg", "mp3", "audio/ogg", "ogg", "audio/wav", "wav", "video/mp4", "mp4", "video/webm", "webm");

    private final Function<QuestionText.MaterialFile, Optional<QuestionMedia.Packaged>> source;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Map<String, String> types = new LinkedHashMap<>();
    private final Map<String, Optional<String>> pathBySrc = new LinkedHashMap<>();

    QtiMediaFiles(Function<QuestionText.MaterialFile, Optional<QuestionMedia.Packaged>> source) {
        this.source = source;
    }

    /** The files to add to the package, by their path in it. */
    Map<String, byte[]> files() {
        return files;
    }

    /** The question with its media pointing into the package, and those paths as its assets. */
    Question packaged(Question q) {
        List<String> assets = new ArrayList<>();
        return new Question(q.sourceId(), q.title(), q.type(), rewritten(q.stem(), assets), choices(q.choices(), assets),
                choices(q.targets(), assets), q.gapChoices().stream().map(g -> choices(g, assets)).toList(), q.key(), q.points(),
                assets, q.difficulty(), q.tags());
    }

    private List<Choice> choices(List<Choice> choices, List<String> assets) {
        return choices.stream().map(c -> new Choice(c.id(), rewritten(c.html(), assets))).toList();
    }

    private String rewritten(String html, List<String> assets) {
        if (html == null || !html.contains("/files/")) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        for (Element media : doc.select(QuestionText.MEDIA)) {
            Optional<String> path = QuestionText.materialFile(media.attr("src")).flatMap(this::path);
            if (path.isEmpty()) {
                media.remove();
                continue;
            }
            if (!assets.contains(path.get())) {
                assets.add(path.get());
            }
            if (media.nameIs("img")) {
                media.attr("src", "../" + path.get());
            } else {
                media.replaceWith(new Element("object").attr("data", "../" + path.get()).attr("type", mediaType(path.get(), media)));
            }
        }
        doc.outputSettings(new Document.OutputSettings().prettyPrint(false));
        return doc.body().html();
    }

    private Optional<String> path(QuestionText.MaterialFile file) {
        return pathBySrc.computeIfAbsent(file.url(), src -> source.apply(file).map(packaged -> {
            String path = FOLDER + file.fileId() + "-" + file.role() + "." + EXTENSIONS.getOrDefault(packaged.mediaType(), "bin");
            files.put(path, packaged.bytes());
            types.put(path, packaged.mediaType());
            return path;
        }));
    }


    private String mediaType(String path, Element media) {
        return types.getOrDefault(path, media.nameIs("audio") ? "audio/mpeg" : "video/mp4");
    }
}
