package vn.hoclieu.content.media;

import java.nio.file.Path;

/** A small image written for a list or a player: a poster frame or an image's preview. */
public record PreviewImage(Path path, String mimeType, int width, int height) {
}
