package vn.hoclieu.web.material;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The largest upload accepted, by the kind of file the browser declares. The declared type only
 * chooses the limit: the worker decides what the file really is.
 */
@ApplicationScoped
public class UploadLimits {

    @Inject
    @ConfigProperty(name = "hoclieu.upload.max-bytes.video", defaultValue = "4294967296")
    long video;

    @Inject
    @ConfigProperty(name = "hoclieu.upload.max-bytes.audio", defaultValue = "524288000")
    long audio;

    @Inject
    @ConfigProperty(name = "hoclieu.upload.max-bytes.image", defaultValue = "52428800")
    long image;

    @Inject
    @ConfigProperty(name = "hoclieu.upload.max-bytes.other", defaultValue = "262144000")
    long other;

    public long forDeclaredType(String mediaType) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("video/")) {
            return video;
        }
        if (type.startsWith("audio/")) {
            return audio;
        }
        if (type.startsWith("image/")) {
            return image;
        }
        return other;
    }

    /** The largest of all, announced to tus clients as Tus-Max-Size. */
    public long largest() {
        return Math.max(Math.max(video, audio), Math.max(image, other));
    }
}
