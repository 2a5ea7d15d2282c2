-- Rosters (issue 6): what a school records about a pupil beyond the account, and the flag that
-- asks for a new password at the next sign-in (first passwords from rosters and resets).

CREATE TABLE core_pupil (
    account_id    BIGINT       NOT NULL PRIMARY KEY,
    birth_date    DATE         NOT NULL,
    gender        VARCHAR(8)   NOT NULL,   -- MALE, FEMALE
    ministry_code VARCHAR(20),             -- mã định danh học sinh, digits; unique when given
    created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_core_pupil_account FOREIGN KEY (account_id) REFERENCES core_user_account (id) ON DELETE CASCADE,
    CONSTRAINT uk_core_pupil_ministry_code UNIQUE (ministry_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

ALTER TABLE core_user_account ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
