package vn.hoclieu.content.ingest.worker;

/** A job failure that retrying cannot cure: the job is marked FAILED with this message at once. */
public class PermanentJobFailure extends Exception {

    public PermanentJobFailure(String reason) {
        super(reason);
    }

    public PermanentJobFailure(String reason, Throwable cause) {
        super(reason, cause);
    }
}
