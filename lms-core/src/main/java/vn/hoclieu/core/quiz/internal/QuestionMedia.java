package vn.hoclieu.core.quiz.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import vn.hoclieu.content.blob.BlobId;
import vn.hoclieu.content.blob.BlobStore;
import vn.hoclieu.content.material.FileContent;
import vn.hoclieu.content.material.FileSummary;
import vn.hoclieu.content.material.MaterialNotFoundException;
import vn.hoclieu.content.material.MaterialService;
import vn.hoclieu.content.material.MaterialSummary;
import vn.hoclieu.content.material.Viewer;
import vn.hoclieu.core.quiz.QuizException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Images, audio and video of the content repository in stems and options. Pupils load them
 * through {@code /files/{id}/{role}}, which serves any signed-in person the files of a material's
 * published version: so a question may only play files that are public — a teacher's private
 * draft would show as a broken image to every pupil.
 */
@ApplicationScoped
public class QuestionMedia {

    /** Nobody in particular: sees exactly what is published. */
    private static final Viewer ANYONE = new Viewer(-1, null, false, false, false);
    /** Video renditions for slow links, the lightest first. */
    private static final List<String> VIDEO_ROLES = List.of("VIDEO_240P", "VIDEO_360P");
    /** Larger files are left out of a QTI package (it is built in memory). */
    private static final long MAX_PACKAGED_BYTES = 50L << 20;

    /** A file for a QTI package. */
    record Packaged(String mediaType, byte[] bytes) {
    }

    @Inject
    MaterialService materials;

    @Inject
    BlobStore blobs;

    /**
     * Refuses HTML whose images, audio or video play anything but a published repository file:
     * {@code media_not_ours} for another source, {@code media_not_published} for a file pupils may not load.
     */
    void requirePublished(List<String> htmls) {
        for (String html : htmls) {
            for (Element media : QuestionText.media(html)) {
                QuestionText.MaterialFile file = QuestionText.materialFile(media.attr("src"))
                        .orElseThrow(() -> QuizException.invalid("media_not_ours"));
                if (materials.content(file.fileId(), file.role(), ANYONE).isEmpty()) {
                    throw QuizException.invalid("media_not_published");
                }
            }
        }
    }

    /** The element that plays the published material's first image, audio or video file (a video's lightest rendition). */
    String markupFor(long materialId) {
        MaterialSummary material;
        try {
            material = materials.get(materialId, ANYONE);
        } catch (MaterialNotFoundException e) {
            throw QuizException.invalid("media_not_published");
        }
        FileSummary file = material.files().stream().filter(f -> kind(f).isPresent()).findFirst()
                .orElseThrow(() -> QuizException.invalid("media_not_playable"));
        String kind = kind(file).orElseThrow();
        String alt = Entities.escape(material.title());
        return switch (kind) {
            case "img" -> "<img src=\"" + url(file.id(), FileContent.ORIGINAL) + "\" alt=\"" + alt + "\">";
            case "audio" -> "<audio controls src=\"" + url(file.id(), FileContent.ORIGINAL) + "\"></audio>";
            default -> {
                List<String> renditions = materials.renditionRoles(file.id(), ANYONE);
                String role = VIDEO_ROLES.stream().filter(renditions::contains).findFirst().orElse(FileContent.ORIGINAL);
                yield "<video controls src=\"" + url(file.id(), role) + "\"></video>";
            }
        };
    }

    /** The bytes of a published file a question plays, unless it is too large to carry in a package. */
    Optional<Packaged> packaged(QuestionText.MaterialFile file) {
        Optional<FileContent> content = materials.content(file.fileId(), file.role(), ANYONE);
        if (content.isEmpty() || content.get().sizeBytes() > MAX_PACKAGED_BYTES) {
            return Optional.empty();
        }
        try (InputStream in = blobs.open(BlobId.of(content.get().blobSha256()))) {
            return Optional.of(new Packaged(content.get().mediaType(), in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("Blob of file " + file.fileId() + " unreadable: " + e.getMessage(), e);
        }
    }

    private static Optional<String> kind(FileSummary file) {
        String type = file.detectedType() == null ? "" : file.detectedType();
        return type.startsWith("image/") ? Optional.of("img") : type.startsWith("audio/") ? Optional.of("audio")
                : type.startsWith("video/") ? Optional.of("video") : Optional.empty();
    }

    private static String url(long fileId, String role) {
        return new QuestionText.MaterialFile(fileId, role).url();
    }
}
