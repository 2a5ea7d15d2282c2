package vn.hoclieu.content.extraction;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which media types HocLieu accepts, per {@link ContentKind}. Plain Java (no Tika) so that the web
 * tier can use it too. Types are the base types Tika's detection reports (its canonical names, plus
 * the usual aliases).
 */
public final class AllowedTypes {

    private static final AllowedTypes STANDARD = new AllowedTypes(Map.of(
            ContentKind.DOCUMENT, Set.of(
                    "application/pdf",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "application/vnd.oasis.opendocument.text",
                    "application/vnd.oasis.opendocument.presentation",
                    "application/epub+zip",
                    "text/html",
                    "application/xhtml+xml",
                    "text/plain"),
            ContentKind.VIDEO, Set.of(
                    "video/mp4",
                    "video/webm",
                    "video/quicktime",
                    "video/x-matroska",
                    "application/x-matroska",   // Tika's type for Matroska whose tracks it does not look at
                    "video/x-msvideo",
                    "video/ogg",
                    "video/theora"),            // Tika's type for Ogg with a Theora stream
            ContentKind.AUDIO, Set.of(
                    "audio/mpeg",
                    "audio/ogg",
                    "audio/vorbis",
                    "audio/opus",
                    "audio/vnd.wave",
                    "audio/wav",
                    "audio/x-wav",
                    "audio/mp4",
                    "audio/x-m4a"),
            ContentKind.IMAGE, Set.of(
                    "image/jpeg",
                    "image/png",
                    "image/webp",
                    "image/gif")));

    private final Map<String, ContentKind> kindByType;

    private AllowedTypes(Map<ContentKind, Set<String>> typesByKind) {
        Map<String, ContentKind> byType = new LinkedHashMap<>();
        typesByKind.forEach((kind, types) -> types.forEach(type -> byType.put(type, kind)));
        this.kindByType = Collections.unmodifiableMap(byType);
    }

    /** The policy of issue 3: documents, video, audio and images listed there. */
    public static AllowedTypes standard() {
        return STANDARD;
    }

    /** {@link ContentKind#OTHER} for anything not accepted. Parameters ({@code ; charset=…}) are ignored. */
    public ContentKind kindOf(String mediaType) {
        return kindByType.getOrDefault(baseType(mediaType), ContentKind.OTHER);
    }

    public boolean accepts(String mediaType) {
        return kindOf(mediaType) != ContentKind.OTHER;
    }

    public Set<String> mediaTypes(ContentKind kind) {
        Set<String> types = new LinkedHashSet<>();
        kindByType.forEach((type, k) -> {
            if (k == kind) {
                types.add(type);
            }
        });
        return Collections.unmodifiableSet(types);
    }

    /** Refuses a type that is not accepted at all, or not of the expected kind. */
    public void require(DetectedType detected, ContentKind expected) throws ExtractionFailure {
        ContentKind kind = kindOf(detected.mediaType());
        if (kind == ContentKind.OTHER) {
            throw new ExtractionFailure(FailureCode.UNSUPPORTED_TYPE,
                    "Detected " + detected.mediaType() + " from the content, which is not an accepted type"
                            + detected.typeByName().map(n -> " (its name suggests " + n + ")").orElse(""));
        }
        if (kind != expected) {
            throw new ExtractionFailure(FailureCode.UNSUPPORTED_TYPE,
                    "Detected " + detected.mediaType() + " (" + kind.name().toLowerCase(Locale.ROOT)
                            + ") from the content, expected a " + expected.name().toLowerCase(Locale.ROOT)
                            + detected.typeByName().map(n -> " (its name suggests " + n + ")").orElse(""));
        }
    }

    /**
     * Refuses a file whose name claims another family of content than its bytes show: a text file
     * named {@code .mp4}, a video named {@code .pdf}. Audio and video count as one family (an Ogg
     * video is often named {@code .ogg}); a name with an unknown or refused extension claims nothing.
     */
    public void requireNameAgrees(DetectedType detected) throws ExtractionFailure {
        if (detected.typeByName().isEmpty()) {
            return;
        }
        String byName = detected.typeByName().get();
        ContentKind nameKind = kindOf(byName);
        ContentKind contentKind = kindOf(detected.mediaType());
        if (nameKind == ContentKind.OTHER || contentKind == ContentKind.OTHER) {
            return;
        }
        if (family(nameKind) != family(contentKind)) {
            throw new ExtractionFailure(FailureCode.TYPE_MISMATCH,
                    "The content is " + detected.mediaType() + " (" + contentKind.name().toLowerCase(Locale.ROOT)
                            + ") but the name says " + byName + " (" + nameKind.name().toLowerCase(Locale.ROOT) + ")");
        }
    }

    private static ContentKind family(ContentKind kind) {
        return kind == ContentKind.AUDIO ? ContentKind.VIDEO : kind;
    }

    static String baseType(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        String base = semicolon < 0 ? mediaType : mediaType.substring(0, semicolon);
        return base.strip().toLowerCase(Locale.ROOT);
    }
}
