package vn.hoclieu.content.extraction;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AllowedTypesTest {

    private final AllowedTypes allowed = AllowedTypes.standard();

    @Test
    void sortsAcceptedTypesIntoKindsIgnoringParameters() {
        assertThat(allowed.kindOf("text/plain; charset=UTF-8")).isEqualTo(ContentKind.DOCUMENT);
        assertThat(allowed.kindOf("video/webm")).isEqualTo(ContentKind.VIDEO);
        assertThat(allowed.kindOf("audio/vnd.wave")).isEqualTo(ContentKind.AUDIO);
        assertThat(allowed.kindOf("IMAGE/PNG")).isEqualTo(ContentKind.IMAGE);
    }

    @Test
    void everythingElseIsOther() {
        assertThat(allowed.kindOf("application/msword")).isEqualTo(ContentKind.OTHER);
        assertThat(allowed.kindOf("application/vnd.oasis.opendocument.spreadsheet")).isEqualTo(ContentKind.OTHER);
        assertThat(allowed.kindOf("application/zip")).isEqualTo(ContentKind.OTHER);
        assertThat(allowed.kindOf("image/svg+xml")).isEqualTo(ContentKind.OTHER);
    }

    @Test
    void refusingATypeNamesWhatWasDetected() {
        DetectedType zip = new DetectedType("application/zip", ContentKind.OTHER, Optional.of("application/epub+zip"));

        ExtractionFailure failure = catchThrowableOfType(ExtractionFailure.class,
                () -> allowed.require(zip, ContentKind.DOCUMENT));

        assertThat(failure.code()).isEqualTo(FailureCode.UNSUPPORTED_TYPE);
        assertThat(failure.detail()).contains("application/zip", "application/epub+zip");
    }

    @Test
    void anAcceptedTypeOfAnotherKindIsRefusedToo() {
        DetectedType video = new DetectedType("video/mp4", ContentKind.VIDEO, Optional.empty());

        ExtractionFailure failure = catchThrowableOfType(ExtractionFailure.class,
                () -> allowed.require(video, ContentKind.DOCUMENT));

        assertThat(failure.code()).isEqualTo(FailureCode.UNSUPPORTED_TYPE);
        assertThat(failure.detail()).contains("video/mp4", "expected a document");
    }

    @Test
    void anOggVideoNamedLikeAudioIsNotAMismatch() {
        DetectedType ogg = new DetectedType("video/theora", ContentKind.VIDEO, Optional.of("audio/ogg"));

        assertThatCode(() -> allowed.requireNameAgrees(ogg)).doesNotThrowAnyException();
    }

    @Test
    void aNameWithARefusedOrUnknownExtensionClaimsNothing() {
        DetectedType markdown = new DetectedType("text/plain", ContentKind.DOCUMENT, Optional.of("text/x-web-markdown"));

        assertThatCode(() -> allowed.requireNameAgrees(markdown)).doesNotThrowAnyException();
    }

    @Test
    void failureCodesAreStable() {
        assertThat(FailureCode.values()).extracting(FailureCode::code).containsExactly(
                "empty", "too-large", "unsupported-type", "type-mismatch", "encrypted", "corrupt", "zip-bomb", "unreadable");
        assertThat(FailureCode.ofCode("zip-bomb")).isEqualTo(FailureCode.ZIP_BOMB);
    }
}
