-- Class-only files (issue 6): worksheets, answer sheets, pictures a class's teachers put on its page
-- without going through the district repository. The bytes are in the content-addressed blob store.
CREATE TABLE core_class_file (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    class_id     BIGINT        NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    name         VARCHAR(255)  NOT NULL,
    content_type VARCHAR(120)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    blob_id      CHAR(64)      NOT NULL,   -- SHA-256, hex
    uploaded_by  BIGINT        NOT NULL,
    uploaded_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_core_class_file_class FOREIGN KEY (class_id) REFERENCES core_school_class (id),
    CONSTRAINT fk_core_class_file_teacher FOREIGN KEY (uploaded_by) REFERENCES core_user_account (id),
    INDEX ix_core_class_file_class (class_id, uploaded_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
