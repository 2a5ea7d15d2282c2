package vn.hoclieu.bench.ingest;

import vn.hoclieu.content.extraction.DocumentExtractor;
import vn.hoclieu.content.extraction.ExtractedDocument;

import java.nio.file.Path;

/**
 * HocLieu's document step as the worker's child process runs it: type detection, policy, zip
 * checks, SAX extraction with a write limit, text clean-up, language, thumbnail.
 */
final class OurExtractor implements Pipeline {

    private final DocumentExtractor extractor = new DocumentExtractor();
    long chars;

    @Override
    public String name() {
        return "HocLieu DocumentExtractor (text + metadata + language + thumbnail)";
    }

    @Override
    public void process(Path file, Path workDir) throws Exception {
        ExtractedDocument document = extractor.extract(file, workDir);
        chars += document.text().length();
    }
}
