-- Ingest jobs: work on uploaded material (text extraction, thumbnails, transcoding) that runs in
-- separate worker processes, never in the application server. Workers claim rows with
-- SELECT ... FOR UPDATE SKIP LOCKED. All times are UTC, written from the database clock
-- (UTC_TIMESTAMP) so that workers on other hosts with skewed clocks still agree on leases.

CREATE TABLE content_ingest_job (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    kind           VARCHAR(64)  NOT NULL,
    payload        JSON         NOT NULL,
    status         VARCHAR(16)  NOT NULL DEFAULT 'QUEUED',
    -- times the job has been claimed, the current claim included
    attempts       INT          NOT NULL DEFAULT 0,
    max_attempts   INT          NOT NULL DEFAULT 5,
    -- a QUEUED job is not claimed before this time: retry backoff
    available_at   DATETIME(3)  NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
    claimed_by     VARCHAR(128) NULL,
    claimed_at     DATETIME(3)  NULL,
    -- a RUNNING job whose lease has passed belongs to a dead or hung worker: claimable again
    lease_until    DATETIME(3)  NULL,
    finished_at    DATETIME(3)  NULL,
    -- for people: why the last attempt failed (kept while the job waits for its retry)
    failure_reason TEXT         NULL,
    created_at     DATETIME(3)  NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
    updated_at     DATETIME(3)  NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
    PRIMARY KEY (id),
    -- the claim walks one status in id order and stops at the first row it can lock; an index
    -- that sorted by available_at instead would make it lock the whole backlog before sorting
    KEY ix_content_ingest_job_claim (status, id),
    CONSTRAINT ck_content_ingest_job_status CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    CONSTRAINT ck_content_ingest_job_attempts CHECK (attempts >= 0 AND max_attempts >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Live ingest worker processes: one row each, upserted on every heartbeat, deleted on a clean stop.
-- The web app's readiness check reads the latest heartbeat_at.
CREATE TABLE content_ingest_worker (
    worker_id      VARCHAR(128) NOT NULL,
    host           VARCHAR(255) NOT NULL,
    pid            BIGINT       NOT NULL,
    started_at     DATETIME(3)  NOT NULL,
    heartbeat_at   DATETIME(3)  NOT NULL,
    current_job_id BIGINT       NULL,
    -- software version the worker runs, to spot a worker left behind by an upgrade
    version        VARCHAR(64)  NOT NULL,
    PRIMARY KEY (worker_id),
    KEY ix_content_ingest_worker_heartbeat (heartbeat_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
