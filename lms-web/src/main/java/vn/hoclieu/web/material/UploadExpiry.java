package vn.hoclieu.web.material;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hoclieu.content.upload.UploadArea;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Uploads that were abandoned (a teacher closed the page for good) or finished but never
 * attached would fill the shared volume: every hour, those started longer ago than
 * {@code hoclieu.upload.expiry-hours} (a week by default) are deleted.
 */
@Singleton
public class UploadExpiry {

    private static final Logger LOG = Logger.getLogger(UploadExpiry.class.getName());

    @Inject
    UploadArea uploads;

    @Inject
    @ConfigProperty(name = "hoclieu.upload.expiry-hours", defaultValue = "168")
    long expiryHours;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void expire() {
        try {
            int expired = uploads.expireStartedBefore(Instant.now().minus(expiryHours, ChronoUnit.HOURS));
            if (expired > 0) {
                LOG.info("Expired " + expired + " unfinished or unused upload(s) older than " + expiryHours + " h");
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not expire old uploads: " + e.getMessage(), e);
        }
    }
}
