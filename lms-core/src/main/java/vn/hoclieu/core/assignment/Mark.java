package vn.hoclieu.core.assignment;

import java.math.BigDecimal;

/** A released mark for the gradebook: a score (after any late penalty) or a rating code. */
public record Mark(BigDecimal score, String rating) {
}
