-- Versions carry their own review state; subject experts review them in pools ("thẩm định chuyên
-- môn"); the district sees only published versions. Audit records (events, reviews, scores) are
-- only ever inserted: the code has no update or delete for them.

ALTER TABLE content_material
    ADD COLUMN published_version_id BIGINT       NULL,
    ADD COLUMN retired_reason       VARCHAR(1000) NULL;

ALTER TABLE content_material_version
    ADD COLUMN status        VARCHAR(24)  NOT NULL DEFAULT 'DRAFT',
    ADD COLUMN review_round  INT          NOT NULL DEFAULT 0,
    ADD COLUMN metadata_json TEXT         NULL,   -- the description as submitted: diffs between versions
    ADD COLUMN submitted_at  TIMESTAMP(3) NULL,
    ADD COLUMN published_at  TIMESTAMP(3) NULL;

-- Which reviewers cover which subjects and levels. NULL subject or level: all of them.
CREATE TABLE content_review_pool (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    subject_code VARCHAR(40)  NULL,
    level        VARCHAR(20)  NULL,   -- PRIMARY (grades 1–5), LOWER_SECONDARY (6–9), UPPER_SECONDARY (10–12)
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE content_review_pool_member (
    pool_id     BIGINT NOT NULL,
    reviewer_id BIGINT NOT NULL,
    PRIMARY KEY (pool_id, reviewer_id),
    INDEX ix_content_review_pool_member_reviewer (reviewer_id),
    CONSTRAINT fk_content_review_pool_member FOREIGN KEY (pool_id) REFERENCES content_review_pool (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- The district's one review policy.
CREATE TABLE content_review_policy (
    id                 TINYINT      NOT NULL PRIMARY KEY,
    required_approvals INT          NOT NULL DEFAULT 2,
    minimum_average    DECIMAL(3,2) NOT NULL DEFAULT 3.00,
    stale_claim_hours  INT          NOT NULL DEFAULT 72,
    CONSTRAINT ck_content_review_policy_one CHECK (id = 1),
    CONSTRAINT ck_content_review_policy_approvals CHECK (required_approvals BETWEEN 1 AND 9),
    CONSTRAINT ck_content_review_policy_average CHECK (minimum_average BETWEEN 1 AND 5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
INSERT INTO content_review_policy (id) VALUES (1);

-- The rubric: each criterion scored 1–5 with a comment. Labels are data the district may edit.
CREATE TABLE content_review_criterion (
    code     VARCHAR(40)  NOT NULL PRIMARY KEY,
    position INT          NOT NULL,
    label_vi VARCHAR(300) NOT NULL,
    label_en VARCHAR(300) NOT NULL,
    active   BOOLEAN      NOT NULL DEFAULT TRUE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
INSERT INTO content_review_criterion (code, position, label_vi, label_en) VALUES
    ('SCIENTIFIC_ACCURACY', 1, 'Tính chính xác khoa học', 'Scientific accuracy'),
    ('CURRICULUM_FIT', 2, 'Phù hợp chương trình và lứa tuổi, lớp học', 'Curriculum fit and grade appropriateness'),
    ('PEDAGOGY', 3, 'Tính sư phạm', 'Pedagogy'),
    ('TECHNICAL_QUALITY', 4, 'Chất lượng kỹ thuật (đọc, nghe, xem rõ ở 240p)', 'Technical quality (readable, audible, watchable at 240p)'),
    ('COPYRIGHT', 5, 'Bản quyền và giấy phép', 'Copyright and licence'),
    ('LANGUAGE', 6, 'Ngôn ngữ và sự phù hợp với lứa tuổi', 'Language and age-appropriateness');

-- One seat of a review round: OPEN, CLAIMED by a reviewer, DECIDED, or CANCELLED when the round
-- ended without it (changes requested, rejected, retired). Claiming is a conditional UPDATE.
CREATE TABLE content_review_task (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    material_id  BIGINT       NOT NULL,
    version_id   BIGINT       NOT NULL,
    pool_id      BIGINT       NOT NULL,
    round        INT          NOT NULL,
    seat         INT          NOT NULL,
    status       VARCHAR(16)  NOT NULL DEFAULT 'OPEN',
    reviewer_id  BIGINT       NULL,
    claimed_at   TIMESTAMP(3) NULL,
    decided_at   TIMESTAMP(3) NULL,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_content_review_task_seat UNIQUE (version_id, round, seat),
    -- one reviewer holds at most one seat of a round
    CONSTRAINT uk_content_review_task_reviewer UNIQUE (version_id, round, reviewer_id),
    CONSTRAINT fk_content_review_task_version FOREIGN KEY (version_id) REFERENCES content_material_version (id),
    CONSTRAINT fk_content_review_task_pool FOREIGN KEY (pool_id) REFERENCES content_review_pool (id),
    INDEX ix_content_review_task_pool (pool_id, status),
    INDEX ix_content_review_task_reviewer (reviewer_id, status),
    INDEX ix_content_review_task_material (material_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- A reviewer's decision on a task, with the rubric's scores. Immutable.
CREATE TABLE content_review (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_id       BIGINT       NOT NULL,
    material_id   BIGINT       NOT NULL,
    version_id    BIGINT       NOT NULL,
    round         INT          NOT NULL,
    reviewer_id   BIGINT       NOT NULL,
    decision      VARCHAR(20)  NOT NULL,   -- APPROVE, REQUEST_CHANGES, REJECT
    comment       TEXT         NULL,
    average_score DECIMAL(3,2) NOT NULL,
    created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_content_review_task UNIQUE (task_id),
    CONSTRAINT fk_content_review_task FOREIGN KEY (task_id) REFERENCES content_review_task (id),
    INDEX ix_content_review_material (material_id, round)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE content_review_score (
    review_id      BIGINT        NOT NULL,
    criterion_code VARCHAR(40)   NOT NULL,
    score          TINYINT       NOT NULL,
    comment        VARCHAR(2000) NULL,
    PRIMARY KEY (review_id, criterion_code),
    CONSTRAINT fk_content_review_score FOREIGN KEY (review_id) REFERENCES content_review (id),
    CONSTRAINT ck_content_review_score CHECK (score BETWEEN 1 AND 5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- The material's history: every transition, claim and decision. Immutable.
CREATE TABLE content_material_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    material_id    BIGINT       NOT NULL,
    version_number INT          NOT NULL,
    actor_id       BIGINT       NULL,   -- NULL: the system (e.g. publication when the last approval arrives)
    action         VARCHAR(32)  NOT NULL,
    from_status    VARCHAR(24)  NULL,
    to_status      VARCHAR(24)  NULL,
    comment        TEXT         NULL,
    created_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    INDEX ix_content_material_event (material_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- In-app notifications (and the queue of e-mails, when mail is configured).
CREATE TABLE content_notification (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient_id BIGINT       NOT NULL,
    kind         VARCHAR(40)  NOT NULL,
    material_id  BIGINT       NULL,
    subject      VARCHAR(300) NOT NULL,  -- the material's title when it was sent
    detail       TEXT         NULL,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    read_at      TIMESTAMP(3) NULL,
    INDEX ix_content_notification_recipient (recipient_id, read_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Teachers who used a published material rate it; admins may hide a comment.
CREATE TABLE content_material_rating (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    material_id BIGINT       NOT NULL,
    rater_id    BIGINT       NOT NULL,
    score       TINYINT      NOT NULL,
    comment     TEXT         NULL,
    hidden      BOOLEAN      NOT NULL DEFAULT FALSE,
    hidden_by   BIGINT       NULL,
    created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_content_material_rating UNIQUE (material_id, rater_id),
    CONSTRAINT fk_content_material_rating FOREIGN KEY (material_id) REFERENCES content_material (id),
    CONSTRAINT ck_content_material_rating CHECK (score BETWEEN 1 AND 5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
