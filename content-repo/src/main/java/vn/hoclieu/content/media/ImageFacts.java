package vn.hoclieu.content.media;

/**
 * What {@link ImagePreview} learnt about an image, and the preview it wrote.
 *
 * @param format  ImageIO's format name, lower case ("jpeg", "png", "gif", "bmp")
 * @param width   as shown (EXIF orientation applied)
 * @param height  as shown
 */
public record ImageFacts(String format, int width, int height, PreviewImage preview) {
}
