package vn.hoclieu.core.gradebook;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The default term, by the calendar in Vietnam: I from August to January, II from February to July. */
class TermTest {

    @Test
    void januaryIsStillTheFirstTermAndFebruaryTheSecond() {
        assertThat(Term.at(Instant.parse("2027-01-31T12:00:00Z"))).isEqualTo(Term.FIRST);
        assertThat(Term.at(Instant.parse("2027-02-15T00:00:00Z"))).isEqualTo(Term.SECOND);
        assertThat(Term.at(Instant.parse("2027-07-31T12:00:00Z"))).isEqualTo(Term.SECOND);
    }

    @Test
    void theTermTurnsAtMidnightInVietnamNotInUtc() {
        // 31 July 17:30 UTC is already 1 August 00:30 in Vietnam (UTC+7)
        assertThat(Term.at(Instant.parse("2026-07-31T17:30:00Z"))).isEqualTo(Term.FIRST);
        assertThat(Term.at(Instant.parse("2027-01-31T17:30:00Z"))).isEqualTo(Term.SECOND);
    }
}
