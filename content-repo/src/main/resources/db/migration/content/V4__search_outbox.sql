-- Changes that matter to district search, written in the same transaction as the change itself
-- (publication, retirement, a new published version, a rating). The indexer drains the rows in id
-- order (SELECT ... FOR UPDATE SKIP LOCKED), rebuilds the material's search document from the
-- database and marks them processed: at-least-once, and replaying a row is harmless because the
-- document is rebuilt from the current state and written with the row id as its external version.
-- Processed rows are kept a while (a reindex replays the ones that arrived while it ran), then purged.

CREATE TABLE content_search_outbox (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    material_id  BIGINT       NOT NULL,
    reason       VARCHAR(32)  NOT NULL,  -- PUBLISHED, RETIRED, RATED, REINDEX
    created_at   DATETIME(3)  NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
    processed_at DATETIME(3)  NULL,
    -- the drain walks unprocessed rows in id order and stops at the first one it can lock
    INDEX ix_content_search_outbox_pending (processed_at, id),
    INDEX ix_content_search_outbox_material (material_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
