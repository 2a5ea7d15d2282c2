package vn.hoclieu.content.ingest.internal;

/** Who a worker process is, as shown in {@code content_ingest_worker}. */
public record WorkerIdentity(String workerId, String host, long pid, String version) {
}
