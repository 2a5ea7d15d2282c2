package vn.hoclieu.core;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;

/**
 * The fonts of the PDFs lms-core prints (login cards, certificates): DejaVu Sans, embedded as a
 * subset from lms-core's resources. The standard PDF fonts have no Vietnamese letters (ễ, ự, đ…),
 * and a server may have no fonts installed at all.
 */
public final class PrintFonts {

    private PrintFonts() {
    }

    public static PDFont regular(PDDocument document) throws IOException {
        return load(document, "DejaVuSans.ttf");
    }

    public static PDFont bold(PDDocument document) throws IOException {
        return load(document, "DejaVuSans-Bold.ttf");
    }

    private static PDFont load(PDDocument document, String file) throws IOException {
        try (InputStream in = PrintFonts.class.getResourceAsStream("/vn/hoclieu/core/roster/fonts/" + file)) {
            if (in == null) {
                throw new IOException("font missing from lms-core: " + file);
            }
            return PDType0Font.load(document, in, true);
        }
    }
}
