package vn.hoclieu.content.extraction;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a document yields for the catalogue and the search index.
 *
 * @param mediaType     detected from the content, e.g. {@code application/pdf}
 * @param title         from the document's metadata
 * @param author        from the document's metadata; several authors joined with ", "
 * @param language      ISO 639-1 ({@code vi}, {@code en}) where one exists, else ISO 639-3; detected from
 *                      the text, else as the document declares it
 * @param pageCount     PDF pages, slides (PPTX), sheets (XLSX), pages a word processor stored (DOCX, ODT)
 * @param text          NFC, tidied (see {@code DocumentText.tidy}); at most {@link ExtractionLimits#maxTextChars()}
 * @param textTruncated the document had more text than the write limit: {@code text} is its beginning
 * @param wordCount     words of {@code text}
 * @param thumbnail     a PNG {@value DocumentExtractor#THUMBNAIL_WIDTH} px wide in the work directory:
 *                      first page of a PDF, cover of an EPUB
 */
public record ExtractedDocument(
        String mediaType,
        Optional<String> title,
        Optional<String> author,
        Optional<String> language,
        OptionalInt pageCount,
        String text,
        boolean textTruncated,
        int wordCount,
        Optional<Path> thumbnail) {

    public ExtractedDocument {
        Objects.requireNonNull(mediaType);
        Objects.requireNonNull(title);
        Objects.requireNonNull(author);
        Objects.requireNonNull(language);
        Objects.requireNonNull(pageCount);
        Objects.requireNonNull(text);
        Objects.requireNonNull(thumbnail);
    }
}
