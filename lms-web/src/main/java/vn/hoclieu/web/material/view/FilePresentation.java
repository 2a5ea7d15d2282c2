package vn.hoclieu.web.material.view;

import vn.hoclieu.content.material.FileStatus;
import vn.hoclieu.content.material.FileSummary;

import java.util.List;
import java.util.Locale;

/**
 * One file of a material as its page shows it: what state ingest left it in, and which of its
 * renditions ({@code /files/{id}/{role}}) the page can offer.
 */
public final class FilePresentation {

    // a class, not a record: Expression Language reads a record's components only, not its getters
    private final FileSummary file;
    private final List<String> renditions;

    public FilePresentation(FileSummary file, List<String> renditions) {
        this.file = file;
        this.renditions = renditions;
    }

    public FileSummary getFile() {
        return file;
    }

    public long getId() {
        return file.id();
    }

    public String getName() {
        return file.originalName();
    }

    public String getStatus() {
        return file.status().name();
    }

    /** Still waiting for the worker: the page keeps asking until this turns false. */
    public boolean isPending() {
        return file.status() == FileStatus.QUEUED || file.status() == FileStatus.PROCESSING;
    }

    public boolean isFailed() {
        return file.status() == FileStatus.FAILED;
    }

    public boolean has(String role) {
        return renditions.contains(role);
    }

    public boolean isVideo() {
        return "VIDEO".equals(file.kind()) && file.status() == FileStatus.READY;
    }

    public boolean isAudio() {
        return "AUDIO".equals(file.kind()) && file.status() == FileStatus.READY;
    }

    /** A subtitle file (SRT or WebVTT) that ingest turned into a WebVTT track for the version's videos. */
    public boolean isCaptions() {
        return "CAPTIONS".equals(file.kind()) && file.status() == FileStatus.READY && has("CAPTIONS_VTT");
    }

    /** "bai-giang.en.srt" → "bai-giang.en": the track's label in the player's caption menu. */
    public String getLabel() {
        int dot = file.originalName().lastIndexOf('.');
        return dot > 0 ? file.originalName().substring(0, dot) : file.originalName();
    }

    /**
     * A PDF the page can draw with pdf.js. Before ingest has named the type, a ".pdf" name is
     * enough: pdf.js parses the bytes in its worker and draws on a canvas, so a lying name
     * shows an error, nothing more.
     */
    public boolean isPdf() {
        if (file.status() == FileStatus.FAILED) {
            return false;
        }
        return file.detectedType() == null ? file.originalName().toLowerCase(Locale.ROOT).endsWith(".pdf")
                : "application/pdf".equals(file.detectedType());
    }

    /** The picture that stands for the file in lists: a page or frame, made by ingest. */
    public String getPictureRole() {
        return has("THUMBNAIL") ? "THUMBNAIL" : has("POSTER") ? "POSTER" : null;
    }
}
