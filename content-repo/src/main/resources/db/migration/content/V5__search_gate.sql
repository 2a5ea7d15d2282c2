-- One row that every outbox drain holds shared for its transaction and a reindex holds exclusively
-- while it swaps the alias and replays the rows drained meanwhile: at that moment no drain is
-- halfway (written to the old index, rows not yet marked), so no change can slip past the replay.
CREATE TABLE content_search_gate (
    id TINYINT NOT NULL PRIMARY KEY
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

INSERT INTO content_search_gate (id) VALUES (1);
