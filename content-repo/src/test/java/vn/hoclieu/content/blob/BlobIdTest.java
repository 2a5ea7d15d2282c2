package vn.hoclieu.content.blob;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BlobIdTest {

    static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void aLowercaseSha256HexIsABlobId() {
        assertThat(BlobId.of(EMPTY_SHA256).hex()).isEqualTo(EMPTY_SHA256);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "../../etc/passwd",
            "../../../../../../../../../../../../../../../../../../../../../../../../../../../etc/passwd",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85/",
            "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8550",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85g",
            ""})
    void anythingElseIsRefusedBecauseItBecomesAPath(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> BlobId.of(value)).withMessageContaining("Not a SHA-256 blob id");
    }

    @Test
    void nullIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> BlobId.of(null));
    }

    @Test
    void aDigestBecomesLowercaseHex() {
        byte[] digest = FileBlobStoreTest.sha256().digest();

        assertThat(BlobId.ofDigest(digest)).isEqualTo(BlobId.of(EMPTY_SHA256));
    }

    @Test
    void aRefusedValueIsShownShortAndOnOneLine() {
        String hostile = "x".repeat(10_000) + "\n";

        assertThatIllegalArgumentException().isThrownBy(() -> BlobId.of("\r\n" + hostile))
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200).doesNotContain("\n", "\r"));
    }
}
