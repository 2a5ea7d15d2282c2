-- Learners' ratings and reviews of open courses (issue 8, item 2): one per learner and course,
-- editable; a district admin hides an abusive one with a reason (kept, never deleted, so the
-- decision can be reviewed). Hidden reviews count nowhere.
CREATE TABLE core_course_review (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id    BIGINT        NOT NULL,
    learner_id   BIGINT        NOT NULL,
    stars        TINYINT       NOT NULL,
    body         VARCHAR(1000) NULL,
    created_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    hidden_at    TIMESTAMP(3)  NULL,
    hidden_by    BIGINT        NULL,
    hide_reason  VARCHAR(500)  NULL,
    CONSTRAINT uq_core_course_review UNIQUE (course_id, learner_id),
    CONSTRAINT ck_core_course_review_stars CHECK (stars BETWEEN 1 AND 5),
    CONSTRAINT fk_core_course_review_course FOREIGN KEY (course_id) REFERENCES core_open_course (id),
    CONSTRAINT fk_core_course_review_learner FOREIGN KEY (learner_id) REFERENCES core_user_account (id),
    CONSTRAINT fk_core_course_review_hider FOREIGN KEY (hidden_by) REFERENCES core_user_account (id),
    INDEX ix_core_course_review_latest (course_id, hidden_at, updated_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
