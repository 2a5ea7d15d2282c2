package vn.hoclieu.core;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The district's clock: times are entered and shown in Vietnam time, whatever the server's zone,
 * and instants read as people in Vietnam write them ({@code 01/12/2026 19:30}).
 */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZONE);

    private VietnamTime() {
    }

    public static String format(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant);
    }

    /** An argument of a message: instants formatted, anything else as it is. */
    public static Object shown(Object argument) {
        return argument instanceof Instant instant ? format(instant) : argument;
    }
}
