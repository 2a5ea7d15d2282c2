package vn.hoclieu.core.quiz.model;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What pupils may see of their own attempts, and when (Moodle's review options are the model):
 * while answering, right after submitting, later while the quiz is open, after it closes. Right
 * answers are shown only when the teacher says so — never by default before the quiz closes, so
 * that a class that takes the quiz one after another cannot pass them on.
 */
public record ReviewPolicy(Map<Moment, Set<Part>> shown) {

    public enum Moment { DURING, RIGHT_AFTER, LATER_WHILE_OPEN, AFTER_CLOSE }

    public enum Part { RESPONSES, CORRECTNESS, POINTS, RIGHT_ANSWERS, FEEDBACK }

    /** "Right after" lasts this long after the attempt is submitted. */
    public static final Duration RIGHT_AFTER = Duration.ofMinutes(2);

    public ReviewPolicy {
        Map<Moment, Set<Part>> copy = new EnumMap<>(Moment.class);
        shown.forEach((moment, parts) -> copy.put(moment, parts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(parts))));
        shown = Map.copyOf(copy);
    }

    /** The defaults: pupils see their responses throughout, marks after submitting, right answers after the quiz closes. */
    public static ReviewPolicy defaults() {
        return new ReviewPolicy(Map.of(
                Moment.DURING, Set.of(Part.RESPONSES),
                Moment.RIGHT_AFTER, Set.of(Part.RESPONSES, Part.CORRECTNESS, Part.POINTS),
                Moment.LATER_WHILE_OPEN, Set.of(Part.RESPONSES, Part.POINTS),
                Moment.AFTER_CLOSE, EnumSet.allOf(Part.class)));
    }

    public static Moment momentOf(Optional<Instant> submittedAt, Optional<Instant> quizClosesAt, Instant now) {
        if (submittedAt.isEmpty()) {
            return Moment.DURING;
        }
        if (now.isBefore(submittedAt.get().plus(RIGHT_AFTER))) {
            return Moment.RIGHT_AFTER;
        }
        return quizClosesAt.filter(close -> !now.isBefore(close)).isPresent() ? Moment.AFTER_CLOSE : Moment.LATER_WHILE_OPEN;
    }

    public Set<Part> visible(Optional<Instant> submittedAt, Optional<Instant> quizClosesAt, Instant now) {
        return shown.getOrDefault(momentOf(submittedAt, quizClosesAt, now), Set.of());
    }
}
