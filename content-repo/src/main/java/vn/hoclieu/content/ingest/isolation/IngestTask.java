package vn.hoclieu.content.ingest.isolation;

import vn.hoclieu.content.extraction.AllowedTypes;
import vn.hoclieu.content.extraction.DetectedType;
import vn.hoclieu.content.extraction.DocumentExtractor;
import vn.hoclieu.content.extraction.ExtractedDocument;
import vn.hoclieu.content.extraction.ExtractionFailure;
import vn.hoclieu.content.extraction.ExtractionLimits;
import vn.hoclieu.content.extraction.TypeDetection;
import vn.hoclieu.content.media.AudioFacts;
import vn.hoclieu.content.media.AudioProbe;
import vn.hoclieu.content.media.Captions;
import vn.hoclieu.content.media.ImageFacts;
import vn.hoclieu.content.media.ImagePreview;
import vn.hoclieu.content.media.MediaFailure;
import vn.hoclieu.content.media.PosterFrame;
import vn.hoclieu.content.media.PreviewImage;
import vn.hoclieu.content.media.Rendition;
import vn.hoclieu.content.media.RenditionFile;
import vn.hoclieu.content.media.VideoFacts;
import vn.hoclieu.content.media.VideoProbe;
import vn.hoclieu.content.media.VideoTranscoder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Detects what a file really is (by content, never by name) and ingests it by kind. Runs inside
 * the isolated child JVM; every refusal becomes a failure code and detail in the report.
 */
final class IngestTask {

    static final String TEXT_FILE = "text.txt";

    private IngestTask() {
    }

    /**
     * Built once per task host, on first use: setting up Tika's detector or parser takes about a
     * quarter of a second each, longer than a small document's whole parse. Both are stateless
     * between files (thread-safe, reused as Tika means them to be).
     */
    private static final class Tika {
        static final TypeDetection DETECTION = new TypeDetection();
        static final DocumentExtractor EXTRACTOR = new DocumentExtractor();
    }

    static void run(Path input, String originalName, TaskReport report) throws IOException {
        if (isCaptions(originalName)) {
            captions(input, report);
            return;
        }
        DetectedType type;
        try {
            type = Tika.DETECTION.detect(input, originalName);
            report.put("detected.type", type.mediaType()).put("kind", type.kind().name());
            // a page of text named lesson.mp4 is an upload gone wrong, not a document to publish
            AllowedTypes.standard().requireNameAgrees(type);
        } catch (ExtractionFailure refused) {
            report.failure(refused.code().code(), refused.detail());
            return;
        }
        try {
            switch (type.kind()) {
                case DOCUMENT -> document(input, report);
                case VIDEO -> video(input, report);
                case AUDIO -> audio(input, report);
                case IMAGE -> image(input, report);
                default -> report.failure("unsupported-type", "files of type " + type.mediaType() + " are not accepted");
            }
        } catch (ExtractionFailure refused) {
            report.failure(refused.code().code(), refused.detail());
        } catch (MediaFailure refused) {
            report.failure(refused.code().id(), refused.detail());
        }
    }

    /**
     * SRT has no signature a detector could see (it is plain text), so captions are recognised by
     * their name and must then parse as SRT or WebVTT; they are kept as WebVTT, their text for search.
     */
    static boolean isCaptions(String originalName) {
        String name = originalName == null ? "" : originalName.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".srt") || name.endsWith(".vtt");
    }

    private static void captions(Path input, TaskReport report) throws IOException {
        try {
            Captions captions = Captions.read(input);
            Path vtt = report.workDir().resolve("captions.vtt");
            Files.writeString(vtt, captions.webVtt(), StandardCharsets.UTF_8);
            Files.writeString(report.workDir().resolve(TEXT_FILE), captions.plainText(), StandardCharsets.UTF_8);
            report.put("detected.type", "text/vtt").put("kind", "CAPTIONS").put("text.file", TEXT_FILE)
                    .put("words", captions.plainText().isBlank() ? 0 : captions.plainText().strip().split("\\s+").length)
                    .rendition("CAPTIONS_VTT", vtt, "text/vtt", null, null, null);
        } catch (MediaFailure refused) {
            report.failure(refused.code().id(), refused.detail());
        }
    }

    private static void document(Path input, TaskReport report) throws ExtractionFailure, IOException {
        ExtractedDocument doc = Tika.EXTRACTOR.extract(input, report.workDir(), ExtractionLimits.defaults());
        Files.writeString(report.workDir().resolve(TEXT_FILE), doc.text(), StandardCharsets.UTF_8);
        report.put("text.file", TEXT_FILE).put("text.truncated", doc.textTruncated()).put("words", doc.wordCount())
                .put("title", doc.title().orElse(null)).put("author", doc.author().orElse(null))
                .put("language", doc.language().orElse(null));
        doc.pageCount().ifPresent(pages -> report.put("pages", pages));
        if (doc.thumbnail().isPresent()) {
            report.rendition("THUMBNAIL", doc.thumbnail().get(), "image/png", DocumentExtractor.THUMBNAIL_WIDTH, null, null);
        }
    }

    /** Probe, the two low-bandwidth renditions (each checks that the whole video decodes), and a poster. */
    private static void video(Path input, TaskReport report) throws MediaFailure, IOException {
        VideoFacts facts = VideoProbe.probe(input);
        report.put("duration.ms", facts.duration().toMillis()).put("width", facts.width()).put("height", facts.height());
        for (Rendition rendition : new Rendition[] {Rendition.P360, Rendition.P240}) {
            RenditionFile file = VideoTranscoder.transcode(input, report.workDir(), rendition);
            report.rendition(role(rendition), file.path(), "video/mp4", file.width(), file.height(), (int) file.bitrate());
        }
        PreviewImage poster = PosterFrame.capture(input, report.workDir().resolve("poster.jpg"));
        report.rendition("POSTER", poster.path(), poster.mimeType(), poster.width(), poster.height(), null);
    }

    private static void audio(Path input, TaskReport report) throws MediaFailure {
        AudioFacts facts = AudioProbe.probe(input);
        report.put("duration.ms", facts.duration().toMillis());
    }

    private static void image(Path input, TaskReport report) throws MediaFailure, IOException {
        ImageFacts facts = ImagePreview.create(input, report.workDir());
        report.put("width", facts.width()).put("height", facts.height());
        PreviewImage preview = facts.preview();
        report.rendition("PREVIEW", preview.path(), preview.mimeType(), preview.width(), preview.height(), null);
    }

    private static String role(Rendition rendition) {
        return rendition == Rendition.P360 ? "VIDEO_360P" : "VIDEO_240P";
    }
}
