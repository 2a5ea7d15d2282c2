package vn.hoclieu.content.material;

import java.util.List;

/**
 * A file attached to a material and queued for ingest; {@code sameBytesIn} lists other materials
 * that already hold exactly these bytes, so the page can warn and link them.
 */
public record AttachedFile(FileSummary file, List<Long> sameBytesIn) {
}
