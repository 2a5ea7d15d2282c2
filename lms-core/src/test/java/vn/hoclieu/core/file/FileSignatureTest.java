package vn.hoclieu.core.file;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class FileSignatureTest {

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void theExtensionIsTheLowerCasePartAfterTheLastDot() {
        assertThat(FileSignature.extensionOf("Bài Làm.PDF")).isEqualTo("pdf");
        assertThat(FileSignature.extensionOf("bai.tar.gz")).isEqualTo("gz");
        assertThat(FileSignature.extensionOf("README")).isEmpty();
        assertThat(FileSignature.extensionOf("dot.")).isEmpty();
    }

    @Test
    void commonTypesAreRecognisedByTheirFirstBytes() {
        assertThat(FileSignature.fits("pdf", bytes("%PDF-1.7\n"))).isTrue();
        assertThat(FileSignature.fits("docx", new byte[]{'P', 'K', 3, 4, 20, 0})).isTrue();
        assertThat(FileSignature.fits("doc", HexFormat.of().parseHex("d0cf11e0a1b11ae10000"))).isTrue();
        assertThat(FileSignature.fits("jpg", HexFormat.of().parseHex("ffd8ffe000104a464946"))).isTrue();
        assertThat(FileSignature.fits("png", HexFormat.of().parseHex("89504e470d0a1a0a0000"))).isTrue();
    }

    @Test
    void aFileWhoseBytesAreAnotherTypeIsRefused() {
        assertThat(FileSignature.fits("pdf", HexFormat.of().parseHex("89504e470d0a1a0a0000"))).isFalse();
        assertThat(FileSignature.fits("jpg", bytes("%PDF-1.7"))).isFalse();
    }

    @Test
    void executablesAreRefusedWhateverTheirName() {
        assertThat(FileSignature.fits("pdf", bytes("MZ\u0090\u0000"))).isFalse();
        assertThat(FileSignature.fits("txt", bytes("MZ this is a program"))).isFalse();
        assertThat(FileSignature.fits("mp4", HexFormat.of().parseHex("7f454c4602010100"))).isFalse();
        assertThat(FileSignature.fits("txt", bytes("#!/bin/sh\nrm -rf /\n"))).isFalse();
    }

    @Test
    void textMustNotLookBinary() {
        assertThat(FileSignature.fits("txt", "Bài làm của em".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(FileSignature.fits("txt", new byte[]{'a', 0, 'b'})).isFalse();
        assertThat(FileSignature.fits("txt", bytes("%PDF-1.4"))).isFalse();
    }
}
