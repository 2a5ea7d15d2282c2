package vn.hoclieu.content.ingest.worker;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

import static org.assertj.core.api.Assertions.assertThat;

class FailureTextTest {

    @Test
    void namesEveryLayersMessageThenTheKindOfTheRootCause() {
        Exception failure = new IllegalStateException("Cannot read blob 7f3a",
                new NoSuchFileException("/var/hoclieu/blobs/7f/3a"));

        assertThat(FailureText.of(failure)).isEqualTo("Cannot read blob 7f3a: /var/hoclieu/blobs/7f/3a (NoSuchFileException)");
    }

    @Test
    void aWrapperRepeatingItsCauseIsNotRepeated() {
        IOException cause = new IOException("disk full");

        assertThat(FailureText.of(new UncheckedIOException(cause))).isEqualTo("java.io.IOException: disk full (IOException)");
    }

    @Test
    void keepsOnlyTheFirstLineOfAMessage() {
        Exception failure = new RuntimeException("Unable to obtain connection\n-----\nSQL State  : 08000");

        assertThat(FailureText.of(failure)).isEqualTo("Unable to obtain connection (RuntimeException)");
    }

    @Test
    void aFailureWithoutMessageIsNamedByItsKind() {
        assertThat(FailureText.of(new NullPointerException())).isEqualTo("NullPointerException");
    }
}
