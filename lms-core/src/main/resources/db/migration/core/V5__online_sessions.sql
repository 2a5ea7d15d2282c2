-- Online sessions of a class (issue 6): a time, a link to any meeting tool, and who attended.

CREATE TABLE core_online_session (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    class_id         BIGINT        NOT NULL,
    teacher_id       BIGINT        NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    starts_at        TIMESTAMP(3)  NOT NULL,
    duration_minutes INT           NOT NULL,
    meeting_url      VARCHAR(1000) NOT NULL,   -- http(s) only, checked by the service
    created_at       TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_core_online_session_class FOREIGN KEY (class_id) REFERENCES core_school_class (id),
    CONSTRAINT fk_core_online_session_teacher FOREIGN KEY (teacher_id) REFERENCES core_user_account (id),
    CONSTRAINT ck_core_online_session_duration CHECK (duration_minutes BETWEEN 5 AND 300),
    INDEX ix_core_online_session_class (class_id, starts_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE core_session_attendance (
    session_id BIGINT      NOT NULL,
    pupil_id   BIGINT      NOT NULL,
    status     VARCHAR(16) NOT NULL,   -- PRESENT, LATE, ABSENT, EXCUSED
    marked_by  BIGINT      NOT NULL,
    marked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (session_id, pupil_id),
    CONSTRAINT fk_core_session_attendance FOREIGN KEY (session_id) REFERENCES core_online_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_core_session_attendance_pupil FOREIGN KEY (pupil_id) REFERENCES core_user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
