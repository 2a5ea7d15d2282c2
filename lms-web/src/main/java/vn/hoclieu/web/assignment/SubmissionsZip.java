package vn.hoclieu.web.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import vn.hoclieu.web.file.UploadedFiles;
import vn.hoclieu.core.assignment.FileInfo;
import vn.hoclieu.core.assignment.RichText;
import vn.hoclieu.core.assignment.SubmissionDetails;
import vn.hoclieu.core.assignment.SubmissionStatus;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Every pupil's work of an assignment as one zip, streamed as it is written: a folder per pupil
 * named by their name (and id, as names repeat), their text as {@code bai-lam.txt} and their files.
 * Names keep Vietnamese letters (UTF-8 entries) but nothing a file system would misread.
 */
@ApplicationScoped
public class SubmissionsZip {

    @Inject
    UploadedFiles files;

    public StreamingOutput of(List<SubmissionDetails> work) {
        return out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                for (SubmissionDetails s : work) {
                    if (s.status() != SubmissionStatus.NEW) {
                        add(zip, s);
                    }
                }
            }
        };
    }

    private void add(ZipOutputStream zip, SubmissionDetails s) throws java.io.IOException {
        String folder = safe(s.pupilName()) + "_" + s.pupilId() + "/";
        Set<String> used = new HashSet<>();
        if (s.text() != null && !s.text().isBlank()) {
            used.add("bai-lam.txt");
            zip.putNextEntry(new ZipEntry(folder + "bai-lam.txt"));
            zip.write(RichText.plain(s.text()).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        for (FileInfo f : s.files()) {
            String name = safe(f.name());
            if (!used.add(name)) {
                name = f.id() + "-" + name;
                used.add(name);
            }
            zip.putNextEntry(new ZipEntry(folder + name));
            try (InputStream in = files.open(f.blobId())) {
                in.transferTo(zip);
            }
            zip.closeEntry();
        }
    }

    /** No path separators, dots-only names, control or reserved characters. */
    static String safe(String name) {
        String cleaned = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return cleaned.isEmpty() || cleaned.matches("\\.+") ? "_" : cleaned;
    }
}
