package vn.hoclieu.core.assignment.model;

import org.junit.jupiter.api.Test;
import vn.hoclieu.core.assignment.LatePolicy;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionWindowTest {

    private static final Instant OPENS = Instant.parse("2026-12-01T00:00:00Z");
    private static final Instant DUE = Instant.parse("2026-12-05T12:30:00Z");
    private static final Instant CUTOFF = Instant.parse("2026-12-07T12:30:00Z");

    @Test
    void workIsOnTimeUntilTheDueInstantItselfAndLateAfter() {
        SubmissionWindow window = new SubmissionWindow(OPENS, DUE, CUTOFF, LatePolicy.ACCEPT_MARK_LATE);
        assertThat(window.isPastDue(DUE)).isFalse();
        assertThat(window.isPastDue(DUE.plusSeconds(1))).isTrue();
    }

    @Test
    void nothingIsAcceptedAfterTheCutOffWhateverThePolicy() {
        for (LatePolicy policy : LatePolicy.values()) {
            SubmissionWindow window = new SubmissionWindow(OPENS, DUE, CUTOFF, policy);
            assertThat(window.isClosed(CUTOFF)).as(policy.name()).isFalse();
            assertThat(window.isClosed(CUTOFF.plusMillis(1))).as(policy.name()).isTrue();
        }
    }

    @Test
    void withoutACutOffLateWorkIsAcceptedWithoutEndUnlessThePolicyRefusesIt() {
        assertThat(new SubmissionWindow(OPENS, DUE, null, LatePolicy.ACCEPT_MARK_LATE).isClosed(DUE.plusSeconds(86_400 * 300))).isFalse();
        SubmissionWindow refusing = new SubmissionWindow(OPENS, DUE, null, LatePolicy.REFUSE_AFTER_CUTOFF);
        assertThat(refusing.closesAt()).isEqualTo(DUE);
        assertThat(refusing.isClosed(DUE.plusSeconds(1))).isTrue();
    }

    @Test
    void anAssignmentIsHiddenBeforeItOpens() {
        SubmissionWindow window = new SubmissionWindow(OPENS, DUE, CUTOFF, LatePolicy.ACCEPT_MARK_LATE);
        assertThat(window.isOpen(OPENS.minusSeconds(1))).isFalse();
        assertThat(window.isOpen(OPENS)).isTrue();
    }

    @Test
    void onlyLateWorkUnderThePenaltyPolicyLosesPoints() {
        assertThat(new SubmissionWindow(OPENS, DUE, CUTOFF, LatePolicy.ACCEPT_WITH_PENALTY).penaltyFor(true, 20)).isEqualTo(20);
        assertThat(new SubmissionWindow(OPENS, DUE, CUTOFF, LatePolicy.ACCEPT_WITH_PENALTY).penaltyFor(false, 20)).isZero();
        assertThat(new SubmissionWindow(OPENS, DUE, CUTOFF, LatePolicy.ACCEPT_MARK_LATE).penaltyFor(true, 20)).isZero();
    }

    @Test
    void anExtensionMovesDueAndCutOffButKeepsThePolicy() {
        Instant newDue = DUE.plusSeconds(86_400 * 3);
        SubmissionWindow extended = new SubmissionWindow(OPENS, DUE, CUTOFF, LatePolicy.REFUSE_AFTER_CUTOFF).extendedTo(newDue, null);
        assertThat(extended.isClosed(CUTOFF.plusSeconds(60))).isFalse();
        assertThat(extended.isClosed(newDue.plusSeconds(1))).isTrue();
    }
}
