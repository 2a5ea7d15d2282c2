-- Materials that teachers contribute, their versions and files, what ingest extracted and the
-- renditions it produced. People and schools live in lms-core: held here by id only.

CREATE TABLE content_material (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title           VARCHAR(300)  NOT NULL,
    description     TEXT,
    subject_code    VARCHAR(40)   NOT NULL,
    material_type   VARCHAR(32)   NOT NULL,  -- E_LECTURE, VIDEO_LECTURE, E_BOOK, WORKSHEET, VIRTUAL_LAB, AUDIO, IMAGE
    language        VARCHAR(16)   NOT NULL,  -- vi, en, or an ISO 639-3 code of an ethnic-minority language
    licence         VARCHAR(32)   NOT NULL,  -- CC_BY, CC_BY_SA, CC_BY_NC, CC_BY_NC_SA, CC0, ALL_RIGHTS_RESERVED
    curriculum_note VARCHAR(1000),
    external_url    VARCHAR(2000),           -- a virtual lab or simulation link
    author_id       BIGINT        NOT NULL,
    school_id       BIGINT,
    status          VARCHAR(24)   NOT NULL DEFAULT 'DRAFT',
    created_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    version         BIGINT        NOT NULL DEFAULT 0,
    INDEX ix_content_material_author (author_id, status),
    INDEX ix_content_material_status (status, subject_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE content_material_grade (
    material_id BIGINT  NOT NULL,
    grade       TINYINT NOT NULL,
    PRIMARY KEY (material_id, grade),
    CONSTRAINT fk_content_material_grade FOREIGN KEY (material_id) REFERENCES content_material (id) ON DELETE CASCADE,
    CONSTRAINT ck_content_material_grade CHECK (grade BETWEEN 1 AND 12)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE content_material_keyword (
    material_id BIGINT       NOT NULL,
    keyword     VARCHAR(100) NOT NULL,
    PRIMARY KEY (material_id, keyword),
    CONSTRAINT fk_content_material_keyword FOREIGN KEY (material_id) REFERENCES content_material (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- A version is a set of files; review (next issue) decides which version is public.
CREATE TABLE content_material_version (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    material_id BIGINT       NOT NULL,
    number      INT          NOT NULL,
    note        VARCHAR(1000),
    created_by  BIGINT       NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_content_material_version UNIQUE (material_id, number),
    CONSTRAINT fk_content_material_version FOREIGN KEY (material_id) REFERENCES content_material (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE content_material_file (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version_id      BIGINT        NOT NULL,
    blob_sha256     CHAR(64)      NOT NULL,
    original_name   VARCHAR(255)  NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    declared_type   VARCHAR(127),             -- what the browser said; never trusted
    detected_type   VARCHAR(127),             -- what the content is (Tika)
    kind            VARCHAR(16),              -- DOCUMENT, VIDEO, AUDIO, IMAGE, CAPTIONS
    status          VARCHAR(16)   NOT NULL DEFAULT 'QUEUED',  -- QUEUED, PROCESSING, READY, FAILED
    failure_code    VARCHAR(40),
    failure_detail  VARCHAR(2000),
    ingest_job_id   BIGINT,
    created_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    ready_at        TIMESTAMP(3)  NULL,
    CONSTRAINT fk_content_material_file_version FOREIGN KEY (version_id) REFERENCES content_material_version (id),
    INDEX ix_content_material_file_blob (blob_sha256),
    INDEX ix_content_material_file_status (status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- What ingest learned about a file: searchable text and metadata.
CREATE TABLE content_file_extract (
    file_id       BIGINT       NOT NULL PRIMARY KEY,
    title         VARCHAR(500),
    author        VARCHAR(300),
    language      VARCHAR(16),
    page_count    INT,
    word_count    INT,
    duration_ms   BIGINT,
    width         INT,
    height        INT,
    body_text     MEDIUMTEXT,
    text_truncated BOOLEAN     NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_content_file_extract FOREIGN KEY (file_id) REFERENCES content_material_file (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Files ingest derived from a file: thumbnails, posters, low-bandwidth renditions, captions.
CREATE TABLE content_file_rendition (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    file_id      BIGINT       NOT NULL,
    role         VARCHAR(24)  NOT NULL,  -- THUMBNAIL, POSTER, VIDEO_360P, VIDEO_240P, CAPTIONS_VTT, PREVIEW
    blob_sha256  CHAR(64)     NOT NULL,
    media_type   VARCHAR(127) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    width        INT,
    height       INT,
    bitrate      INT,
    CONSTRAINT uk_content_file_rendition UNIQUE (file_id, role),
    CONSTRAINT fk_content_file_rendition FOREIGN KEY (file_id) REFERENCES content_material_file (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
