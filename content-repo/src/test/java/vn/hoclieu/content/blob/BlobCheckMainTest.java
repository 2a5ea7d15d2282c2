package vn.hoclieu.content.blob;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class BlobCheckMainTest {

    private static final DatabaseSettings UNREACHABLE = new DatabaseSettings("jdbc:mariadb://127.0.0.1:1/hoclieu", "nobody", "secret");

    @TempDir
    Path root;
    FileBlobStore store;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void openStore() throws IOException {
        store = FileBlobStore.open(root);
    }

    @Test
    void aCleanStoreExitsWithZero() throws IOException {
        stored("intact");

        assertThat(run("--root", root.toString())).isEqualTo(0);
        assertThat(out()).contains("Re-hashed 1 blobs", "Result: clean");
    }

    @Test
    void aCorruptBlobExitsWithOneAndIsPrinted() throws IOException {
        BlobId id = stored("intact");
        BlobIntegrityCheckTest.overwrite(store.localPath(id).orElseThrow(), "damaged");

        assertThat(run("--root", root.toString())).isEqualTo(1);
        assertThat(out()).contains(id.hex(), "Result: PROBLEMS FOUND");
    }

    @Test
    void withoutARootItIsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(err()).contains("--root is required", "Usage:");
    }

    @Test
    void anUnknownArgumentIsAUsageError() {
        assertThat(run("--root", root.toString(), "--repair")).isEqualTo(2);
        assertThat(err()).contains("Unknown argument: --repair");
    }

    @Test
    void aDirectoryThatIsNoBlobStoreIsAUsageErrorAndStaysUntouched() {
        Path mistyped = root.resolve("blobz");

        assertThat(run("--root", mistyped.toString())).isEqualTo(2);
        assertThat(err()).contains("Not a blob store");
        assertThat(mistyped).doesNotExist();
    }

    @Test
    void anUnreachableDatabaseIsAConfigurationError() {
        assertThat(run("--root", root.toString(), "--expected-from-db")).isEqualTo(2);
        assertThat(err()).contains("Cannot read the expected blobs from jdbc:mariadb://127.0.0.1:1/hoclieu").doesNotContain("secret");
    }

    private int run(String... args) {
        return BlobCheckMain.run(args, UNREACHABLE, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private BlobId stored(String text) throws IOException {
        return store.store(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Long.MAX_VALUE).id();
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
