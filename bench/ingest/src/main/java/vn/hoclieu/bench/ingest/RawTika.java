package vn.hoclieu.bench.ingest;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

import java.nio.file.Path;

/** The baseline: Tika as its quick-start shows it, detection + parse, no write limit. */
final class RawTika implements Pipeline {

    private final AutoDetectParser parser = new AutoDetectParser();
    long chars;

    @Override
    public String name() {
        return "raw Tika (AutoDetectParser + BodyContentHandler(-1))";
    }

    @Override
    public void process(Path file, Path workDir) throws Exception {
        BodyContentHandler handler = new BodyContentHandler(-1);
        try (TikaInputStream in = TikaInputStream.get(file)) {
            parser.parse(in, handler, new Metadata(), new ParseContext());
        }
        chars += handler.toString().length();
    }
}
