package vn.hoclieu.content.extraction;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Detects the real type of a file from its bytes (Tika's default detector: magic numbers, zip
 * container inspection for OOXML/ODF/EPUB, OLE2, text). The file name never takes part in the
 * decision; {@link #detect(Path, String)} only reports what the name would have suggested.
 * Thread-safe.
 */
public final class TypeDetection {

    private final Detector detector;
    private final MediaTypeRegistry registry;
    private final MimeTypes mimeTypes;
    private final AllowedTypes allowed;

    public TypeDetection() {
        this(TikaConfig.getDefaultConfig(), AllowedTypes.standard());
    }

    public TypeDetection(TikaConfig tika, AllowedTypes allowed) {
        this.detector = tika.getDetector();
        this.registry = tika.getMediaTypeRegistry();
        this.mimeTypes = tika.getMimeRepository();
        this.allowed = Objects.requireNonNull(allowed);
    }

    /**
     * The type the content shows; {@code empty} and {@code unreadable} files fail. The path's own
     * file name is reported as {@link DetectedType#typeByName()}.
     */
    public DetectedType detect(Path file) throws ExtractionFailure {
        Path name = file.getFileName();
        return detect(file, name == null ? null : name.toString());
    }

    /**
     * As {@link #detect(Path)}; {@code originalName} (the name the uploader gave, may be null) is
     * looked at only to report {@link DetectedType#typeByName()}.
     */
    public DetectedType detect(Path file, String originalName) throws ExtractionFailure {
        long size = sizeOf(file);
        if (size == 0) {
            throw new ExtractionFailure(FailureCode.EMPTY, "The file has 0 bytes");
        }
        MediaType type;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            // no resource name in the metadata: the name must not influence detection
            type = detector.detect(in, new Metadata());
        } catch (IOException e) {
            throw new ExtractionFailure(FailureCode.UNREADABLE, "Cannot read the file to detect its type: " + e, e);
        }
        String mediaType = registry.normalize(type).getBaseType().toString();
        return new DetectedType(mediaType, allowed.kindOf(mediaType), typeByName(originalName));
    }

    private Optional<String> typeByName(String originalName) {
        if (originalName == null || originalName.isBlank()) {
            return Optional.empty();
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, originalName);
        try {
            MediaType byName = mimeTypes.detect(null, metadata);
            return MediaType.OCTET_STREAM.equals(byName)
                    ? Optional.empty()
                    : Optional.of(registry.normalize(byName).getBaseType().toString());
        } catch (IOException e) {
            return Optional.empty();   // no stream given: cannot happen
        }
    }

    static long sizeOf(Path file) throws ExtractionFailure {
        try {
            return Files.size(file);
        } catch (NoSuchFileException e) {
            throw new ExtractionFailure(FailureCode.UNREADABLE, "No such file: " + file, e);
        } catch (IOException e) {
            throw new ExtractionFailure(FailureCode.UNREADABLE, "Cannot read the size of " + file + ": " + e, e);
        }
    }
}
