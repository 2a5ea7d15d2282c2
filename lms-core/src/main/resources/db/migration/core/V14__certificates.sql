-- Certificates (issue 8, item 4): issued when an open course is completed (or by the district for a
-- course completed elsewhere) and verifiable by anyone from the code printed on them. The printed
-- fields are copied here as printed, so a renamed course or account never changes a certificate.
CREATE TABLE core_certificate (
    id                BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code              CHAR(16)       NOT NULL,   -- Crockford base32: serial, gate, seal (shown HL-XXXX-XXXX-XXXX-XXXX)
    holder_account_id BIGINT         NOT NULL,
    holder_name       VARCHAR(160)   NOT NULL,
    course_id         BIGINT         NULL,       -- none for a course completed outside the system
    course_title      VARCHAR(300)   NOT NULL,
    hours             DECIMAL(6,1)   NOT NULL,
    completed_on      DATE           NOT NULL,   -- the day in Vietnam
    issued_at         TIMESTAMP(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    issuer_name       VARCHAR(200)   NOT NULL,
    status            VARCHAR(16)    NOT NULL DEFAULT 'VALID',
    revoked_at        TIMESTAMP(3)   NULL,
    revoked_by        BIGINT         NULL,
    revoke_reason     VARCHAR(500)   NULL,
    idempotency_key   VARCHAR(200)   NOT NULL,   -- e.g. course:12:account:34 — completing twice issues one
    CONSTRAINT uq_core_certificate_code UNIQUE (code),
    CONSTRAINT uq_core_certificate_key UNIQUE (idempotency_key),
    CONSTRAINT ck_core_certificate_status CHECK (status IN ('VALID', 'REVOKED')),
    CONSTRAINT fk_core_certificate_holder FOREIGN KEY (holder_account_id) REFERENCES core_user_account (id),
    CONSTRAINT fk_core_certificate_revoker FOREIGN KEY (revoked_by) REFERENCES core_user_account (id),
    INDEX ix_core_certificate_holder (holder_account_id, issued_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
