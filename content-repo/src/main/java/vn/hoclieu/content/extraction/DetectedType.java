package vn.hoclieu.content.extraction;

import java.util.Objects;
import java.util.Optional;

/**
 * The type of a file as its content shows it.
 *
 * @param mediaType    base media type detected from the bytes, e.g. {@code application/pdf}
 * @param kind         {@link ContentKind#OTHER} when {@link AllowedTypes} does not accept the type
 * @param typeByName   what the file name alone would suggest (information only, never trusted)
 */
public record DetectedType(String mediaType, ContentKind kind, Optional<String> typeByName) {

    public DetectedType {
        Objects.requireNonNull(mediaType);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(typeByName);
    }

    public boolean accepted() {
        return kind != ContentKind.OTHER;
    }

    /** The name claims another type than the content (e.g. a text file named {@code .mp4}). */
    public boolean nameDisagrees() {
        return typeByName.isPresent() && !typeByName.get().equals(mediaType);
    }
}
