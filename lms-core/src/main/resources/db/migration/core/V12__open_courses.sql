-- Open courses (issue 8): courses for self-learners, authored by teachers and reviewed like a
-- material through a carrier material of type OPEN_COURSE (content-repo; its id only). Modules
-- hold units (a published material, a rich-text page, or a quiz of the course); learners enrol
-- themselves and their progress is kept per unit. A quiz now belongs to a class or to a course.

CREATE TABLE core_open_course (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title               VARCHAR(200)  NOT NULL,
    description         MEDIUMTEXT    NOT NULL,   -- sanitized HTML
    subject_id          BIGINT        NOT NULL,
    level               VARCHAR(16)   NOT NULL,   -- CourseLevel: PRIMARY, LOWER_SECONDARY, ADULT
    audience            VARCHAR(16)   NOT NULL,   -- Audience: PUPILS, TEACHERS_PD, PUBLIC
    estimated_hours     DECIMAL(5,1)  NOT NULL,
    licence             VARCHAR(24)   NOT NULL,   -- content-repo Licence
    starts_at           TIMESTAMP(3)  NULL,
    ends_at             TIMESTAMP(3)  NULL,
    pass_percent        TINYINT       NOT NULL DEFAULT 70,
    creator_id          BIGINT        NOT NULL,
    carrier_material_id BIGINT        NULL,       -- content_material id, set at the first submission
    cover_blob_id       CHAR(64)      NULL,       -- SHA-256, hex: an image in the blob store
    cover_type          VARCHAR(100)  NULL,
    cover_size          BIGINT        NULL,
    created_at          TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_core_open_course_subject FOREIGN KEY (subject_id) REFERENCES core_subject (id),
    CONSTRAINT fk_core_open_course_creator FOREIGN KEY (creator_id) REFERENCES core_user_account (id),
    CONSTRAINT ck_core_open_course_hours CHECK (estimated_hours > 0),
    CONSTRAINT ck_core_open_course_pass CHECK (pass_percent BETWEEN 1 AND 100),
    CONSTRAINT ck_core_open_course_dates CHECK (starts_at IS NULL OR ends_at IS NULL OR ends_at > starts_at),
    UNIQUE KEY uq_core_open_course_carrier (carrier_material_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE core_course_author (
    course_id  BIGINT  NOT NULL,
    account_id BIGINT  NOT NULL,
    position   INT     NOT NULL,   -- the creator is 1
    PRIMARY KEY (course_id, account_id),
    CONSTRAINT fk_core_course_author_course FOREIGN KEY (course_id) REFERENCES core_open_course (id) ON DELETE CASCADE,
    CONSTRAINT fk_core_course_author_account FOREIGN KEY (account_id) REFERENCES core_user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE core_course_module (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id BIGINT       NOT NULL,
    position  INT          NOT NULL,
    title     VARCHAR(200) NOT NULL,
    CONSTRAINT fk_core_course_module_course FOREIGN KEY (course_id) REFERENCES core_open_course (id) ON DELETE CASCADE,
    UNIQUE KEY uq_core_course_module_position (course_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE core_course_unit (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    module_id   BIGINT       NOT NULL,
    course_id   BIGINT       NOT NULL,
    position    INT          NOT NULL,
    kind        VARCHAR(16)  NOT NULL,   -- UnitKind: MATERIAL, PAGE, QUIZ
    title       VARCHAR(200) NOT NULL,
    minutes     INT          NOT NULL,
    material_id BIGINT       NULL,       -- a published content_material id
    page_html   MEDIUMTEXT   NULL,       -- sanitized HTML
    quiz_id     BIGINT       NULL,
    CONSTRAINT fk_core_course_unit_module FOREIGN KEY (module_id) REFERENCES core_course_module (id) ON DELETE CASCADE,
    CONSTRAINT fk_core_course_unit_course FOREIGN KEY (course_id) REFERENCES core_open_course (id) ON DELETE CASCADE,
    CONSTRAINT fk_core_course_unit_quiz FOREIGN KEY (quiz_id) REFERENCES core_quiz (id),
    CONSTRAINT ck_core_course_unit_minutes CHECK (minutes BETWEEN 1 AND 6000),
    CONSTRAINT ck_core_course_unit_kind CHECK (
        (kind = 'MATERIAL' AND material_id IS NOT NULL AND quiz_id IS NULL) OR
        (kind = 'PAGE' AND page_html IS NOT NULL AND material_id IS NULL AND quiz_id IS NULL) OR
        (kind = 'QUIZ' AND quiz_id IS NOT NULL AND material_id IS NULL)),
    UNIQUE KEY uq_core_course_unit_position (module_id, position),
    INDEX ix_core_course_unit_course (course_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE core_course_enrolment (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id    BIGINT       NOT NULL,
    learner_id   BIGINT       NOT NULL,
    status       VARCHAR(16)  NOT NULL,   -- EnrolmentStatus: ACTIVE, COMPLETED, WITHDRAWN
    enrolled_at  TIMESTAMP(3) NOT NULL,
    completed_at TIMESTAMP(3) NULL,
    last_unit_id BIGINT       NULL,       -- where the player resumes
    CONSTRAINT fk_core_course_enrolment_course FOREIGN KEY (course_id) REFERENCES core_open_course (id),
    CONSTRAINT fk_core_course_enrolment_learner FOREIGN KEY (learner_id) REFERENCES core_user_account (id),
    CONSTRAINT fk_core_course_enrolment_unit FOREIGN KEY (last_unit_id) REFERENCES core_course_unit (id) ON DELETE SET NULL,
    UNIQUE KEY uq_core_course_enrolment (course_id, learner_id),
    INDEX ix_core_course_enrolment_learner (learner_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE core_course_progress (
    enrolment_id BIGINT       NOT NULL,
    unit_id      BIGINT       NOT NULL,
    state        VARCHAR(16)  NOT NULL,   -- UnitState: VIEWED, COMPLETED, PASSED
    updated_at   TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (enrolment_id, unit_id),
    CONSTRAINT fk_core_course_progress_enrolment FOREIGN KEY (enrolment_id) REFERENCES core_course_enrolment (id) ON DELETE CASCADE,
    CONSTRAINT fk_core_course_progress_unit FOREIGN KEY (unit_id) REFERENCES core_course_unit (id) ON DELETE CASCADE,
    INDEX ix_core_course_progress_unit (unit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- A quiz belongs to exactly one class or one open course.
ALTER TABLE core_quiz
    MODIFY class_id BIGINT NULL,
    ADD COLUMN course_id BIGINT NULL AFTER class_id,
    ADD CONSTRAINT fk_core_quiz_course FOREIGN KEY (course_id) REFERENCES core_open_course (id),
    ADD CONSTRAINT ck_core_quiz_owner CHECK ((class_id IS NULL) <> (course_id IS NULL)),
    ADD INDEX ix_core_quiz_course (course_id);
