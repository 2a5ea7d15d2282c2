package vn.hoclieu.web.material;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hoclieu.content.blob.BlobStore;
import vn.hoclieu.content.blob.FileBlobStore;
import vn.hoclieu.content.upload.UploadArea;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The blob store and the upload area on the shared blob volume ({@code hoclieu.blobs.dir}). */
@ApplicationScoped
public class ContentStorage {

    @Inject
    @ConfigProperty(name = "hoclieu.blobs.dir", defaultValue = "var/blobs")
    String blobsDir;

    private BlobStore blobs;
    private UploadArea uploads;

    @Produces
    synchronized BlobStore blobs() {
        if (blobs == null) {
            try {
                blobs = FileBlobStore.open(Path.of(blobsDir).toAbsolutePath());
            } catch (IOException e) {
                throw new UncheckedIOException("Blob store at " + blobsDir + " unusable: " + e.getMessage(), e);
            }
        }
        return blobs;
    }

    @Produces
    synchronized UploadArea uploads() {
        if (uploads == null) {
            try {
                uploads = new UploadArea(Path.of(blobsDir).toAbsolutePath().resolve("uploads"), blobs());
            } catch (IOException e) {
                throw new UncheckedIOException("Upload area under " + blobsDir + " unusable: " + e.getMessage(), e);
            }
        }
        return uploads;
    }
}
