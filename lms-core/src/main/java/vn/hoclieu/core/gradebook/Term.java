package vn.hoclieu.core.gradebook;

import vn.hoclieu.core.VietnamTime;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneId;

/** Học kỳ I and II of the class's school year. */
public enum Term {
    FIRST, SECOND;

    static final ZoneId VIETNAM = VietnamTime.ZONE;

    /**
     * The term a day falls in until semesters have dates of their own: I from August to January,
     * II otherwise, by the calendar in Vietnam.
     */
    public static Term at(Instant instant) {
        Month month = instant.atZone(VIETNAM).getMonth();
        return month.getValue() >= Month.AUGUST.getValue() || month == Month.JANUARY ? FIRST : SECOND;
    }
}
