package vn.hoclieu.web.api;

import java.util.Map;

/** A request whose fields broke rules; the messages are already in the caller's language. */
public class InvalidRequestException extends RuntimeException {

    private final Map<String, String> fields;

    public InvalidRequestException(Map<String, String> fields) {
        super("invalid request: " + fields.keySet());
        this.fields = Map.copyOf(fields);
    }

    public Map<String, String> fields() {
        return fields;
    }
}
