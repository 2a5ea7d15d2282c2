package vn.hoclieu.content.ingest.isolation;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/** What an isolated task tells its supervisor: key/values in {@code result.properties}, written atomically. */
public final class TaskReport {

    private final Properties values = new Properties();
    private final Path workDir;

    public TaskReport(Path workDir) {
        this.workDir = workDir;
    }

    public Path workDir() {
        return workDir;
    }

    public TaskReport put(String key, Object value) {
        if (value != null) {
            values.setProperty(key, value.toString());
        }
        return this;
    }

    public TaskReport failure(String code, String detail) {
        return put("failure.code", code).put("failure.detail", detail == null ? "" : detail);
    }

    /** Records a produced file by its name in the work directory, for a rendition role. */
    public TaskReport rendition(String role, Path file, String mediaType, Integer width, Integer height, Integer bitrate) {
        return put("rendition." + role + ".file", workDir.relativize(file.toAbsolutePath().normalize()))
                .put("rendition." + role + ".type", mediaType)
                .put("rendition." + role + ".width", width)
                .put("rendition." + role + ".height", height)
                .put("rendition." + role + ".bitrate", bitrate);
    }

    public void write() throws IOException {
        Path tmp = workDir.resolve(IsolatedTaskRunner.RESULT_FILE + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            values.store(w, null);
        }
        Files.move(tmp, workDir.resolve(IsolatedTaskRunner.RESULT_FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
