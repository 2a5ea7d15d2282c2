package vn.hoclieu.core.assignment.internal;

import org.junit.jupiter.api.Test;
import vn.hoclieu.core.assignment.LatePolicy;
import vn.hoclieu.core.assignment.model.Submission;
import vn.hoclieu.core.assignment.model.SubmissionWindow;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionRulesTest {

    private static final Instant DUE = Instant.parse("2026-12-05T12:30:00Z");
    private static final SubmissionWindow WINDOW = new SubmissionWindow(DUE.minusSeconds(86_400), DUE, DUE.plusSeconds(86_400),
            LatePolicy.ACCEPT_MARK_LATE);

    private static Submission submitted() {
        Submission s = new Submission(1, 2);
        s.submit(DUE.minusSeconds(60), false);
        return s;
    }

    @Test
    void aDraftCanChangeUntilTheCutOff() {
        assertThat(SubmissionRules.refusal(new Submission(1, 2), WINDOW, DUE.plusSeconds(3600))).isNull();
        assertThat(SubmissionRules.refusal(new Submission(1, 2), WINDOW, DUE.plusSeconds(86_401)).code()).isEqualTo("past_cutoff");
        assertThat(SubmissionRules.refusal(null, WINDOW, DUE.plusSeconds(86_401)).arguments()).containsExactly(DUE.plusSeconds(86_400));
    }

    @Test
    void handedInWorkCanChangeOnlyUntilItIsDue() {
        assertThat(SubmissionRules.refusal(submitted(), WINDOW, DUE)).isNull();
        assertThat(SubmissionRules.refusal(submitted(), WINDOW, DUE.plusSeconds(1)).code()).isEqualTo("past_due");
    }

    @Test
    void gradedWorkIsLockedAndReopenedWorkIsOpenWhateverTheTime() {
        Submission s = submitted();
        s.grade(new BigDecimal("8.0"), null, List.of(), 0, new BigDecimal("8.0"), "", 9, DUE);
        assertThat(SubmissionRules.refusal(s, WINDOW, DUE.minusSeconds(10)).code()).isEqualTo("not_editable");
        s.reopen();
        assertThat(SubmissionRules.refusal(s, WINDOW, DUE.plusSeconds(86_400 * 30))).isNull();
    }

    @Test
    void editingHandedInWorkMakesItADraftAgain() {
        Submission s = submitted();
        s.write("<p>sửa</p>");
        assertThat(s.status().name()).isEqualTo("DRAFT");
    }
}
