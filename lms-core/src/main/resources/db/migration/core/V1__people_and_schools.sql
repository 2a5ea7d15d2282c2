-- People, schools and the structure of a school year. Every table utf8mb4: Vietnamese and
-- ethnic-minority names must round-trip exactly.

CREATE TABLE core_school (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    commune     VARCHAR(120),
    province    VARCHAR(120),
    level       VARCHAR(32)  NOT NULL,   -- PRIMARY, LOWER_SECONDARY, INTER_LEVEL
    created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_core_school_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE core_school_year (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    school_id   BIGINT       NOT NULL,
    name        VARCHAR(20)  NOT NULL,   -- "2026–2027"
    starts_on   DATE         NOT NULL,
    ends_on     DATE         NOT NULL,
    current_year BOOLEAN     NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_core_school_year_school FOREIGN KEY (school_id) REFERENCES core_school (id),
    CONSTRAINT uk_core_school_year UNIQUE (school_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE core_subject (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,   -- stable key, e.g. TOAN, TIENG_VIET
    name_vi     VARCHAR(120) NOT NULL,
    name_en     VARCHAR(120) NOT NULL,
    CONSTRAINT uk_core_subject_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE core_user_account (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(400) NOT NULL,
    display_name  VARCHAR(160) NOT NULL,
    email         VARCHAR(254),
    school_id     BIGINT,
    locale        VARCHAR(8)   NOT NULL DEFAULT 'vi',
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    last_login_at TIMESTAMP(3) NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_core_user_account_username UNIQUE (username),
    CONSTRAINT fk_core_user_account_school FOREIGN KEY (school_id) REFERENCES core_school (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE UNIQUE INDEX uk_core_user_account_email ON core_user_account (email);

CREATE TABLE core_user_role (
    account_id  BIGINT      NOT NULL,
    role        VARCHAR(32) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_core_user_role_account FOREIGN KEY (account_id) REFERENCES core_user_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE core_school_class (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    school_year_id BIGINT      NOT NULL,
    name           VARCHAR(20) NOT NULL,   -- "3B"
    grade          TINYINT     NOT NULL,
    homeroom_teacher_id BIGINT,
    CONSTRAINT fk_core_school_class_year FOREIGN KEY (school_year_id) REFERENCES core_school_year (id),
    CONSTRAINT fk_core_school_class_homeroom FOREIGN KEY (homeroom_teacher_id) REFERENCES core_user_account (id),
    CONSTRAINT uk_core_school_class UNIQUE (school_year_id, name),
    CONSTRAINT ck_core_school_class_grade CHECK (grade BETWEEN 1 AND 12)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE core_class_pupil (
    class_id    BIGINT NOT NULL,
    account_id  BIGINT NOT NULL,
    PRIMARY KEY (class_id, account_id),
    CONSTRAINT fk_core_class_pupil_class FOREIGN KEY (class_id) REFERENCES core_school_class (id),
    CONSTRAINT fk_core_class_pupil_account FOREIGN KEY (account_id) REFERENCES core_user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE core_teaching_assignment (
    class_id    BIGINT NOT NULL,
    subject_id  BIGINT NOT NULL,
    teacher_id  BIGINT NOT NULL,
    PRIMARY KEY (class_id, subject_id),
    CONSTRAINT fk_core_teaching_class FOREIGN KEY (class_id) REFERENCES core_school_class (id),
    CONSTRAINT fk_core_teaching_subject FOREIGN KEY (subject_id) REFERENCES core_subject (id),
    CONSTRAINT fk_core_teaching_teacher FOREIGN KEY (teacher_id) REFERENCES core_user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
