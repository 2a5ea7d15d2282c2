-- Class pages (issue 6): what a class's teachers post for its pupils, and the pupils' comments.
-- Plain text (line breaks kept on display): nothing a browser would run can be stored here.

CREATE TABLE core_announcement (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    class_id      BIGINT        NOT NULL,
    author_id     BIGINT        NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    body          TEXT          NOT NULL,
    comments_open BOOLEAN       NOT NULL DEFAULT TRUE,
    posted_at     TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_core_announcement_class FOREIGN KEY (class_id) REFERENCES core_school_class (id),
    CONSTRAINT fk_core_announcement_author FOREIGN KEY (author_id) REFERENCES core_user_account (id),
    INDEX ix_core_announcement_class (class_id, posted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE core_announcement_comment (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    announcement_id BIGINT        NOT NULL,
    author_id       BIGINT        NOT NULL,
    body            VARCHAR(2000) NOT NULL,
    posted_at       TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_core_announcement_comment FOREIGN KEY (announcement_id) REFERENCES core_announcement (id) ON DELETE CASCADE,
    CONSTRAINT fk_core_announcement_comment_author FOREIGN KEY (author_id) REFERENCES core_user_account (id),
    INDEX ix_core_announcement_comment (announcement_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
