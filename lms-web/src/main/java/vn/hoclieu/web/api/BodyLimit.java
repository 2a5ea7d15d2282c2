package vn.hoclieu.web.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The most a resource method reads from a request's body, declared where the body is read; methods
 * without it take {@code hoclieu.api.max-body-bytes} (JSON). {@link #STREAMED} marks bodies that stream
 * to a store which enforces its own limit while they arrive (uploaded files, resumable upload chunks).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface BodyLimit {

    long STREAMED = -1;

    /** Bytes, or {@link #STREAMED}. */
    long value();
}
