-- Who has used a published material: a signed-in person other than its author who opened its page
-- or downloaded one of its files, once per person. Its count is the "most used" order of search.
CREATE TABLE content_material_use (
    material_id   BIGINT       NOT NULL,
    account_id    BIGINT       NOT NULL,
    first_used_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (material_id, account_id),
    CONSTRAINT fk_content_material_use FOREIGN KEY (material_id) REFERENCES content_material (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
