-- The gradebook (issue 6, item 5): columns per class, subject and term, a mark per pupil and
-- column, and primary pupils' qualities and competences per term (Circulars 27/2020 and 22/2021).

CREATE TABLE core_grade_column (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    class_id    BIGINT       NOT NULL,
    subject_id  BIGINT       NOT NULL,
    term        VARCHAR(8)   NOT NULL,   -- FIRST, SECOND
    kind        VARCHAR(24)  NOT NULL,   -- REGULAR, MIDTERM, END_OF_TERM, PASS_FAIL, MIDTERM_RATING, END_OF_TERM_RATING, END_OF_TERM_TEST
    source      VARCHAR(12)  NOT NULL,   -- MANUAL, ASSIGNMENT, QUIZ
    source_id   BIGINT,                  -- the assignment or quiz; NULL for manual columns
    title       VARCHAR(200) NOT NULL,
    created_by  BIGINT,
    created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_core_grade_column_class FOREIGN KEY (class_id) REFERENCES core_school_class (id),
    CONSTRAINT fk_core_grade_column_subject FOREIGN KEY (subject_id) REFERENCES core_subject (id),
    -- one column per released assignment or quiz (NULLs of manual columns never collide)
    CONSTRAINT uk_core_grade_column_source UNIQUE (class_id, subject_id, source, source_id),
    INDEX ix_core_grade_column_sheet (class_id, subject_id, term)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE core_grade_entry (
    column_id   BIGINT       NOT NULL,
    pupil_id    BIGINT       NOT NULL,
    score       DECIMAL(3,1),            -- 0.0–10.0; primary tests whole 1–10
    rating      VARCHAR(16),             -- T, H, C or DAT, CHUA_DAT
    comment     VARCHAR(500),
    recorded_by BIGINT,                  -- NULL when an assignment's release wrote it
    recorded_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (column_id, pupil_id),
    CONSTRAINT fk_core_grade_entry_column FOREIGN KEY (column_id) REFERENCES core_grade_column (id) ON DELETE CASCADE,
    CONSTRAINT fk_core_grade_entry_pupil FOREIGN KEY (pupil_id) REFERENCES core_user_account (id),
    CONSTRAINT ck_core_grade_entry_score CHECK (score IS NULL OR score BETWEEN 0 AND 10),
    INDEX ix_core_grade_entry_pupil (pupil_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE core_competence_rating (
    class_id    BIGINT       NOT NULL,
    pupil_id    BIGINT       NOT NULL,
    term        VARCHAR(8)   NOT NULL,
    aspect      VARCHAR(32)  NOT NULL,   -- YEU_NUOC … TIN_HOC (CompetenceAspect)
    rating      VARCHAR(16)  NOT NULL,   -- TOT, DAT, CAN_CO_GANG
    rated_by    BIGINT       NOT NULL,
    rated_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (class_id, pupil_id, term, aspect),
    CONSTRAINT fk_core_competence_class FOREIGN KEY (class_id) REFERENCES core_school_class (id),
    CONSTRAINT fk_core_competence_pupil FOREIGN KEY (pupil_id) REFERENCES core_user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
