package vn.hoclieu.web.gradebook;

import vn.hoclieu.core.gradebook.Term;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** The term a request asks for ({@code FIRST}, {@code SECOND}, or I/II as teachers write them); today's by default. */
public final class GradebookTerms {

    private GradebookTerms() {
    }

    /** Empty when the value names no term. */
    public static Optional<Term> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(Term.at(Instant.now()));
        }
        return switch (value.strip().toUpperCase(Locale.ROOT)) {
            case "FIRST", "I", "1" -> Optional.of(Term.FIRST);
            case "SECOND", "II", "2" -> Optional.of(Term.SECOND);
            default -> Optional.empty();
        };
    }
}
