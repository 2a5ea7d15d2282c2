package vn.hoclieu.content.ingest.worker;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.assertj.core.api.Assertions.assertThat;

class OneLineLogFormatTest {

    private final OneLineLogFormat format = new OneLineLogFormat(ZoneOffset.UTC);

    @Test
    void oneLineOfTimeLevelLoggerAndMessage() {
        LogRecord record = record(Level.INFO, "Claimed job {0}");
        record.setParameters(new Object[] {42});

        assertThat(format.format(record))
                .isEqualTo("2026-11-28 10:15:30.123 INFO    IngestWorker Claimed job 42" + System.lineSeparator());
    }

    @Test
    void aMessageOverSeveralLinesStaysOnOne() {
        assertThat(format.format(record(Level.WARNING, "first\nsecond")).lines()).containsExactly(
                "2026-11-28 10:15:30.123 WARNING IngestWorker first second");
    }

    @Test
    void aStackTraceFollowsTheLine() {
        LogRecord record = record(Level.SEVERE, "Heartbeat failed");
        record.setThrown(new IllegalStateException("boom"));

        assertThat(format.format(record).lines().toList())
                .first().isEqualTo("2026-11-28 10:15:30.123 SEVERE  IngestWorker Heartbeat failed");
        assertThat(format.format(record)).contains("java.lang.IllegalStateException: boom").contains("\tat ");
    }

    private static LogRecord record(Level level, String message) {
        LogRecord record = new LogRecord(level, message);
        record.setInstant(Instant.parse("2026-11-28T10:15:30.123Z"));
        record.setLoggerName("vn.hoclieu.content.ingest.worker.IngestWorker");
        return record;
    }
}
