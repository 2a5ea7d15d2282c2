package vn.hoclieu.core.file;

import java.util.List;

/** What the next file of a submission (or attachment) may be: checked while it streams in. */
public record FileRules(long maxBytes, List<String> allowedExtensions) {
}
