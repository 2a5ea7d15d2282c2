package vn.hoclieu.content.ingest.worker;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JobHandlersTest {

    @Test
    void theStandardWorkerHandlesNoopOnlyForNow() {
        JobHandlers handlers = JobHandlers.standard();

        assertThat(handlers.kinds()).containsExactly("noop");
        assertThat(handlers.forKind("noop")).containsInstanceOf(NoopJob.class);
        assertThat(handlers.forKind("extract-text")).isEmpty();
    }

    @Test
    void kindsAreListedInOrderForReadableMessages() {
        JobHandler nothing = job -> { };

        assertThat(JobHandlers.of(Map.of("thumbnail", nothing, "extract-text", nothing, "noop", nothing)).kinds())
                .containsExactly("extract-text", "noop", "thumbnail");
    }
}
