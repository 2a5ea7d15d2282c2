package vn.hoclieu.web.material.download;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One range of bytes of an HTTP {@code Range: bytes=…} header (RFC 9110 §14), inclusive at both
 * ends. Only a single range is served: a list of ranges, or anything malformed, is ignored and the
 * whole file is sent, which the RFC allows.
 */
record ByteRange(long first, long last) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    long length() {
        return last - first + 1;
    }

    String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }

    /** What the request asks of a file of {@code size} bytes. */
    static Request of(String header, long size) {
        if (header == null) {
            return new Request.Whole();
        }
        Matcher m = SINGLE.matcher(header.strip());
        if (!m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
            return new Request.Whole();
        }
        Optional<Long> from = number(m.group(1));
        Optional<Long> to = number(m.group(2));
        if (from.isEmpty()) {
            // "bytes=-500": the last 500 bytes
            long suffix = to.orElse(0L);
            return suffix == 0 || size == 0 ? new Request.Unsatisfiable()
                    : new Request.Part(new ByteRange(Math.max(0, size - suffix), size - 1));
        }
        if (to.isPresent() && to.get() < from.get()) {
            return new Request.Whole(); // "bytes=9-3" is not a valid range at all
        }
        if (from.get() >= size) {
            return new Request.Unsatisfiable();
        }
        return new Request.Part(new ByteRange(from.get(), Math.min(to.orElse(size - 1), size - 1)));
    }

    /** Digits too long for a long are as unsatisfiable as any offset beyond the end. */
    private static Optional<Long> number(String digits) {
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(digits));
        } catch (NumberFormatException e) {
            return Optional.of(Long.MAX_VALUE);
        }
    }

    sealed interface Request {
        record Whole() implements Request {
        }

        record Part(ByteRange range) implements Request {
        }

        /** 416: the range starts beyond the end of the file. */
        record Unsatisfiable() implements Request {
        }
    }
}
