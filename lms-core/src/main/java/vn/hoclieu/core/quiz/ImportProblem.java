package vn.hoclieu.core.quiz;

/**
 * Something of a QTI package that was not imported, or not as it was: the file, the item's
 * identifier when known, a code the pages translate, and the detail (an element name, a path).
 */
public record ImportProblem(String file, String item, Code code, String detail) {

    public enum Code {
        /** The file is not well-formed XML, or not a QTI item or test. */
        MALFORMED,
        /** An interaction of a kind the bank does not hold (hotspot, slider, drawing…). */
        UNSUPPORTED_INTERACTION,
        /** More than one interaction in an item (other than the gaps of one text). */
        SEVERAL_INTERACTIONS,
        /** An adaptive item or one with templates (variables drawn per attempt). */
        ADAPTIVE,
        /** No correct response to score with (and not an essay). */
        NO_CORRECT_RESPONSE,
        /** Partial marks of some answers (a mapping) could not be kept; they count as wrong. */
        MAPPING_SIMPLIFIED,
        /** A file the item refers to is not in the package. */
        MISSING_ASSET,
        /** An image, audio or video file of the package: the bank plays only files of the content repository. */
        MEDIA_NOT_IMPORTED,
        /** A test refers to an item the package does not hold. */
        MISSING_ITEM,
        /** The package is not a zip, has no manifest, or breaks the size limits. */
        NOT_A_PACKAGE
    }
}
