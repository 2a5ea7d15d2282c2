-- Assignments of a class (issue 6, item 4): instructions, attachments, times, late policy, the
-- pupils' submissions (drafts, files, grades, feedback) and per-pupil extensions.

CREATE TABLE core_assignment (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    class_id             BIGINT        NOT NULL,
    subject_id           BIGINT        NOT NULL,
    teacher_id           BIGINT        NOT NULL,
    title                VARCHAR(200)  NOT NULL,
    instructions         MEDIUMTEXT    NOT NULL,   -- sanitized HTML
    opens_at             TIMESTAMP(3)  NOT NULL,
    due_at               TIMESTAMP(3)  NOT NULL,
    cutoff_at            TIMESTAMP(3)  NULL,       -- none: late work accepted without end (not with REFUSE_AFTER_CUTOFF)
    late_policy          VARCHAR(24)   NOT NULL,   -- ACCEPT_MARK_LATE, ACCEPT_WITH_PENALTY, REFUSE_AFTER_CUTOFF
    late_penalty_percent INT           NOT NULL DEFAULT 0,
    submission_kind      VARCHAR(16)   NOT NULL,   -- TEXT, FILES, TEXT_AND_FILES
    max_files            INT           NOT NULL,
    max_file_bytes       BIGINT        NOT NULL,
    allowed_extensions   VARCHAR(500)  NOT NULL,   -- comma-separated, lower case
    scale                VARCHAR(16)   NOT NULL,   -- SCORE_10, PRIMARY_RATING, PASS_FAIL
    released_at          TIMESTAMP(3)  NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    created_at           TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_core_assignment_class FOREIGN KEY (class_id) REFERENCES core_school_class (id),
    CONSTRAINT fk_core_assignment_subject FOREIGN KEY (subject_id) REFERENCES core_subject (id),
    CONSTRAINT fk_core_assignment_teacher FOREIGN KEY (teacher_id) REFERENCES core_user_account (id),
    CONSTRAINT ck_core_assignment_times CHECK (due_at >= opens_at AND (cutoff_at IS NULL OR cutoff_at >= due_at)),
    CONSTRAINT ck_core_assignment_penalty CHECK (late_penalty_percent BETWEEN 0 AND 100),
    INDEX ix_core_assignment_class (class_id, due_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE core_assignment_criterion (
    assignment_id BIGINT        NOT NULL,
    position      INT           NOT NULL,
    criterion     VARCHAR(200)  NOT NULL,
    max_points    DECIMAL(5,1)  NOT NULL,
    PRIMARY KEY (assignment_id, position),
    CONSTRAINT fk_core_assignment_criterion FOREIGN KEY (assignment_id) REFERENCES core_assignment (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE core_submission (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assignment_id   BIGINT        NOT NULL,
    pupil_id        BIGINT        NOT NULL,
    status          VARCHAR(16)   NOT NULL,   -- DRAFT, SUBMITTED, GRADED, REOPENED (NEW has no row)
    body            MEDIUMTEXT    NULL,       -- the pupil's text, sanitized HTML
    submitted_at    TIMESTAMP(3)  NULL,
    late            BOOLEAN       NOT NULL DEFAULT FALSE,
    score           DECIMAL(4,1)  NULL,       -- before any penalty
    rating          VARCHAR(16)   NULL,
    penalty_percent INT           NOT NULL DEFAULT 0,
    final_score     DECIMAL(4,1)  NULL,
    feedback        MEDIUMTEXT    NULL,
    graded_by       BIGINT        NULL,
    graded_at       TIMESTAMP(3)  NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    updated_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_core_submission UNIQUE (assignment_id, pupil_id),
    CONSTRAINT fk_core_submission_assignment FOREIGN KEY (assignment_id) REFERENCES core_assignment (id) ON DELETE CASCADE,
    CONSTRAINT fk_core_submission_pupil FOREIGN KEY (pupil_id) REFERENCES core_user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE core_submission_rubric_point (
    submission_id BIGINT       NOT NULL,
    position      INT          NOT NULL,
    points        DECIMAL(5,1) NOT NULL,
    PRIMARY KEY (submission_id, position),
    CONSTRAINT fk_core_submission_rubric_point FOREIGN KEY (submission_id) REFERENCES core_submission (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Teachers' attachments (submission_id NULL), pupils' files and teachers' feedback files; bytes in the blob store.
CREATE TABLE core_assignment_file (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assignment_id BIGINT        NOT NULL,
    submission_id BIGINT        NULL,
    purpose       VARCHAR(16)   NOT NULL,   -- ATTACHMENT, SUBMISSION, FEEDBACK
    name          VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(120)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    blob_id       CHAR(64)      NOT NULL,   -- SHA-256, hex
    uploaded_by   BIGINT        NOT NULL,
    uploaded_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_core_assignment_file_assignment FOREIGN KEY (assignment_id) REFERENCES core_assignment (id) ON DELETE CASCADE,
    CONSTRAINT fk_core_assignment_file_submission FOREIGN KEY (submission_id) REFERENCES core_submission (id) ON DELETE CASCADE,
    INDEX ix_core_assignment_file_owner (assignment_id, submission_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE core_assignment_extension (
    assignment_id BIGINT       NOT NULL,
    pupil_id      BIGINT       NOT NULL,
    due_at        TIMESTAMP(3) NOT NULL,
    cutoff_at     TIMESTAMP(3) NULL,
    granted_by    BIGINT       NOT NULL,
    PRIMARY KEY (assignment_id, pupil_id),
    CONSTRAINT fk_core_assignment_extension FOREIGN KEY (assignment_id) REFERENCES core_assignment (id) ON DELETE CASCADE,
    CONSTRAINT fk_core_assignment_extension_pupil FOREIGN KEY (pupil_id) REFERENCES core_user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
