-- Online quizzes (issue 7): the question bank, quizzes in a class, attempts and their answers.
-- An attempt's answer rows are written when it starts, so that every later save is one conditional
-- UPDATE of one row (attempt_id, slot, version) and a synchronized start of a class costs one
-- multi-row INSERT per pupil.

CREATE TABLE core_question_category (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    owner_id   BIGINT       NOT NULL,
    subject_id BIGINT       NOT NULL,
    grade      TINYINT      NOT NULL,
    name       VARCHAR(200) NOT NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_core_question_category_owner FOREIGN KEY (owner_id) REFERENCES core_user_account (id),
    CONSTRAINT fk_core_question_category_subject FOREIGN KEY (subject_id) REFERENCES core_subject (id),
    CONSTRAINT ck_core_question_category_grade CHECK (grade BETWEEN 1 AND 12),
    INDEX ix_core_question_category_owner (owner_id, subject_id, grade)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE core_question (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    category_id BIGINT        NOT NULL,
    owner_id    BIGINT        NOT NULL,
    type        VARCHAR(24)   NOT NULL,   -- QuestionType
    title       VARCHAR(300)  NOT NULL,
    stem        MEDIUMTEXT    NOT NULL,   -- HTML as given (MathML kept); pages sanitise on output
    options     MEDIUMTEXT    NOT NULL,   -- JSON: choices, targets, gapChoices
    answer_key  TEXT          NOT NULL,   -- JSON of the AnswerKey (never sent to pupils)
    points      DECIMAL(6,2)  NOT NULL,
    difficulty  TINYINT       NOT NULL DEFAULT 3,
    tags        VARCHAR(500)  NOT NULL DEFAULT '',
    sharing     VARCHAR(16)   NOT NULL DEFAULT 'PRIVATE',   -- PRIVATE, SHARED
    source_id   VARCHAR(200),             -- a QTI item's identifier
    version     BIGINT        NOT NULL DEFAULT 0,
    updated_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_core_question_category FOREIGN KEY (category_id) REFERENCES core_question_category (id),
    CONSTRAINT fk_core_question_owner FOREIGN KEY (owner_id) REFERENCES core_user_account (id),
    CONSTRAINT ck_core_question_difficulty CHECK (difficulty BETWEEN 1 AND 5),
    CONSTRAINT ck_core_question_points CHECK (points > 0),
    INDEX ix_core_question_category (category_id),
    INDEX ix_core_question_sharing (sharing)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE core_quiz (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    class_id           BIGINT        NOT NULL,
    subject_id         BIGINT        NOT NULL,
    teacher_id         BIGINT        NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    intro              TEXT          NOT NULL,
    opens_at           TIMESTAMP(3)  NULL,
    closes_at          TIMESTAMP(3)  NULL,
    time_limit_seconds INT           NULL,
    attempts_allowed   INT           NOT NULL DEFAULT 1,   -- 0: unlimited
    grading_method     VARCHAR(16)   NOT NULL DEFAULT 'HIGHEST',
    shuffle_questions  BOOLEAN       NOT NULL DEFAULT FALSE,
    shuffle_options    BOOLEAN       NOT NULL DEFAULT FALSE,
    review_policy      TEXT          NOT NULL,   -- JSON: moment -> parts
    published          BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at         TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_core_quiz_class FOREIGN KEY (class_id) REFERENCES core_school_class (id),
    CONSTRAINT fk_core_quiz_subject FOREIGN KEY (subject_id) REFERENCES core_subject (id),
    CONSTRAINT fk_core_quiz_teacher FOREIGN KEY (teacher_id) REFERENCES core_user_account (id),
    CONSTRAINT ck_core_quiz_attempts CHECK (attempts_allowed >= 0),
    CONSTRAINT ck_core_quiz_limit CHECK (time_limit_seconds IS NULL OR time_limit_seconds > 0),
    INDEX ix_core_quiz_class (class_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- A place of a quiz: a fixed question, or draw_count questions drawn from a category.
CREATE TABLE core_quiz_slot (
    quiz_id     BIGINT       NOT NULL,
    position    INT          NOT NULL,
    question_id BIGINT       NULL,
    category_id BIGINT       NULL,
    draw_count  INT          NOT NULL DEFAULT 1,
    points      DECIMAL(6,2) NOT NULL,
    PRIMARY KEY (quiz_id, position),
    CONSTRAINT fk_core_quiz_slot_quiz FOREIGN KEY (quiz_id) REFERENCES core_quiz (id) ON DELETE CASCADE,
    CONSTRAINT fk_core_quiz_slot_question FOREIGN KEY (question_id) REFERENCES core_question (id),
    CONSTRAINT fk_core_quiz_slot_category FOREIGN KEY (category_id) REFERENCES core_question_category (id),
    CONSTRAINT ck_core_quiz_slot_one CHECK ((question_id IS NULL) <> (category_id IS NULL)),
    CONSTRAINT ck_core_quiz_slot_count CHECK (draw_count >= 1),
    CONSTRAINT ck_core_quiz_slot_points CHECK (points > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE core_quiz_attempt (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    quiz_id      BIGINT       NOT NULL,
    pupil_id     BIGINT       NOT NULL,
    number       INT          NOT NULL,   -- 1, 2, … per pupil and quiz; unique: a double start fails, not duplicates
    seed         BIGINT       NOT NULL,   -- the draw and the option order derive from it
    started_at   TIMESTAMP(3) NOT NULL,
    ends_at      TIMESTAMP(3) NULL,       -- the server's clock; NULL: no end
    submitted_at TIMESTAMP(3) NULL,
    submitted_by VARCHAR(8)   NULL,       -- PUPIL, SERVER
    score        DECIMAL(7,2) NULL,
    max_score    DECIMAL(7,2) NOT NULL,
    to_grade     INT          NOT NULL DEFAULT 0,   -- answers waiting for a teacher (essays)
    CONSTRAINT fk_core_quiz_attempt_quiz FOREIGN KEY (quiz_id) REFERENCES core_quiz (id),
    CONSTRAINT fk_core_quiz_attempt_pupil FOREIGN KEY (pupil_id) REFERENCES core_user_account (id),
    CONSTRAINT uk_core_quiz_attempt UNIQUE (quiz_id, pupil_id, number),
    INDEX ix_core_quiz_attempt_open (submitted_at, ends_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE core_quiz_answer (
    attempt_id   BIGINT       NOT NULL,
    slot         INT          NOT NULL,   -- 1-based place in the attempt (after draw and shuffle)
    question_id  BIGINT       NOT NULL,
    points       DECIMAL(6,2) NOT NULL,   -- what the slot is worth
    response     TEXT         NOT NULL,   -- JSON array of strings
    version      BIGINT       NOT NULL DEFAULT 0,
    last_save_id VARCHAR(64)  NULL,
    saved_at     TIMESTAMP(3) NULL,
    score        DECIMAL(6,2) NULL,
    manual       BOOLEAN      NOT NULL DEFAULT FALSE,   -- waits for (or got) a teacher's grade
    graded_by    BIGINT       NULL,
    PRIMARY KEY (attempt_id, slot),
    CONSTRAINT fk_core_quiz_answer_attempt FOREIGN KEY (attempt_id) REFERENCES core_quiz_attempt (id) ON DELETE CASCADE,
    CONSTRAINT fk_core_quiz_answer_question FOREIGN KEY (question_id) REFERENCES core_question (id),
    INDEX ix_core_quiz_answer_question (question_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
