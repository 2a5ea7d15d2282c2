package vn.hoclieu.content.extraction;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes minimal but valid DOCX files, streaming: a bomb never sits in memory. */
final class DocxFiles {

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
            </Types>""";
    private static final String RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
            </Relationships>""";
    private static final String DOCUMENT_START = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""";
    private static final String DOCUMENT_END = "</w:body></w:document>";

    @FunctionalInterface
    interface Body {
        void write(OutputStream documentXml) throws IOException;
    }

    private DocxFiles() {
    }

    /** A DOCX with these paragraphs (XML-escaped here) and core properties. */
    static Path withParagraphs(Path file, String title, String author, String... paragraphs) throws IOException {
        return write(file, title, author, Deflater.DEFAULT_COMPRESSION, out -> {
            for (String paragraph : paragraphs) {
                out.write(paragraph(paragraph));
            }
        });
    }

    /**
     * The classic DOCX bomb: one text run of {@code bytes} times 'a' (about 1000:1 compressed).
     * Written at the fastest level: 1 GB takes a few seconds.
     */
    static Path bomb(Path file, long bytes) throws IOException {
        return write(file, "bomb", "nobody", Deflater.BEST_SPEED, out -> {
            out.write("<w:p><w:r><w:t>".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'a');
            for (long written = 0; written < bytes; written += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, bytes - written));
            }
            out.write("</w:t></w:r></w:p>".getBytes(StandardCharsets.UTF_8));
        });
    }

    static Path write(Path file, String title, String author, int level, Body body) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            zip.setLevel(level);
            entry(zip, "[Content_Types].xml", CONTENT_TYPES);
            entry(zip, "_rels/.rels", RELS);
            entry(zip, "docProps/core.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
                    xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title><dc:creator>%s</dc:creator>\
                    <dc:language>en-US</dc:language></cp:coreProperties>""".formatted(escape(title), escape(author)));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(DOCUMENT_START.getBytes(StandardCharsets.UTF_8));
            body.write(zip);
            zip.write(DOCUMENT_END.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    static byte[] paragraph(String text) {
        return ("<w:p><w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r></w:p>").getBytes(StandardCharsets.UTF_8);
    }

    /** Rewrites the uncompressed size the central directory declares for {@code entryName}. */
    static void declareSize(Path file, String entryName, int declared) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
        boolean found = false;
        for (int i = 0; i + 46 + name.length <= bytes.length; i++) {
            if (buffer.getInt(i) == 0x02014b50 && buffer.getShort(i + 28) == name.length
                    && Arrays.equals(bytes, i + 46, i + 46 + name.length, name, 0, name.length)) {
                buffer.putInt(i + 24, declared);
                found = true;
            }
        }
        if (!found) {
            throw new IllegalArgumentException("No central directory entry " + entryName + " in " + file);
        }
        Files.write(file, bytes);
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
