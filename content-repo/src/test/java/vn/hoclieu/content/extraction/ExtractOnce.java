package vn.hoclieu.content.extraction;

import java.nio.file.Path;

/**
 * What the worker's child process will do, reduced to one file: extract it, print one line
 * ({@code OK <type> <pages> <thumbnail-or-->} or {@code FAIL <code> <detail>}), exit 0. Any
 * other exit (an OutOfMemoryError, a crash) is what {@link SmallHeapExtractionIT} must never see.
 */
public final class ExtractOnce {

    private ExtractOnce() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        Path workDir = Path.of(args[1]);
        try {
            ExtractedDocument document = new DocumentExtractor().extract(file, workDir);
            System.out.println("OK " + document.mediaType() + " " + document.pageCount().orElse(-1) + " "
                    + document.thumbnail().map(Path::toString).orElse("-"));
        } catch (ExtractionFailure failure) {
            System.out.println("FAIL " + failure.code().code() + " " + failure.detail());
        }
    }
}
