package vn.hoclieu.core.quiz;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A pupil's attempts at a quiz and the grade on 10 by the quiz's grading method (null: none yet). */
public record PupilResult(long pupilId, String name, BigDecimal grade, List<Attempt> attempts) {

    public record Attempt(long id, int number, Instant startedAt, Instant submittedAt, String submittedBy, BigDecimal score,
                          BigDecimal maxScore, int waitingForGrading) {
    }
}
