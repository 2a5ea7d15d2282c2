package vn.hoclieu.content.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The real files of {@code src/test/resources/extraction} (see SOURCES.md there). */
final class TestFiles {

    static final String VI_PDF = "vi_debian-maint-guide.vi.pdf";
    static final String VI_HTML = "vi_debian-maint-guide_first.vi.html";
    static final String VI_TXT = "viwiki_lich-su-viet-nam.txt";
    static final String DOCX = "officer_example.docx";
    static final String PPTX = "officer_example.pptx";
    static final String XLSX = "readxl_datasets.xlsx";
    static final String ODT = "odfdo_dormeur-du-val_fr.odt";
    static final String ODP = "odfdo_example.odp";
    static final String EPUB_WITH_COVER = "regime-anticancer-arabic.epub";
    static final String EPUB_WITHOUT_COVER = "kusamakura-japanese-vertical-writing_MISSING-AUDIO.epub";
    static final String ENCRYPTED_RC4_PDF = "ENCRYPTED_forensics_a-text-pass-peanuts_RC4.pdf";
    static final String ENCRYPTED_AES256_PDF = "ENCRYPTED_pypdf_r6-both-passwords_AES256.pdf";
    static final String BROKEN_XREF_PDF = "BROKEN_pypdf_issue-301_bad-xref.pdf";
    static final String LEGACY_SXW = "LEGACY_libreoffice_smoketestdoc.sxw";

    private TestFiles() {
    }

    static Path resource(String name) {
        URL url = TestFiles.class.getResource("/extraction/" + name);
        if (url == null) {
            throw new IllegalArgumentException("No test resource extraction/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of a resource under another name: the name must not change what is detected. */
    static Path copyAs(String resource, Path dir, String name) {
        try {
            return Files.copy(resource(resource), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
