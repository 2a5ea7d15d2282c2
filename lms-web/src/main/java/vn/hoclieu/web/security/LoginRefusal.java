package vn.hoclieu.web.security;

import java.time.Duration;

/** Why a sign-in was refused, so the page or the API can say it in the reader's language. */
public sealed interface LoginRefusal {

    record BadCredentials() implements LoginRefusal {
    }

    record Throttled(Duration retryAfter) implements LoginRefusal {
    }
}
