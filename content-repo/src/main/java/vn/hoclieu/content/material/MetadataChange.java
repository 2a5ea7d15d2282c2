package vn.hoclieu.content.material;

/** One described field that differs between two versions, as text (null: empty). */
public record MetadataChange(String field, String before, String after) {
}
