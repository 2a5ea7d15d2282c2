package vn.hoclieu.core.quiz.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;

/** Columns of native query rows as Java values (drivers differ in the types they return). */
final class SqlValues {

    private SqlValues() {
    }

    static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    static int integer(Object value) {
        return ((Number) value).intValue();
    }

    static boolean flag(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    /** An instant as a parameter (as the rest of the code base passes them to native queries). */
    static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }
}
