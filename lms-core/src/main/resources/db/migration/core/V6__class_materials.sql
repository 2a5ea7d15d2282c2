-- Published repository materials a class's teachers hand out on its page (issue 6). The material
-- lives in the content repository: held here by id; one that is no longer public drops out of the list.
CREATE TABLE core_class_material (
    class_id    BIGINT       NOT NULL,
    material_id BIGINT       NOT NULL,
    added_by    BIGINT       NOT NULL,
    added_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (class_id, material_id),
    CONSTRAINT fk_core_class_material_class FOREIGN KEY (class_id) REFERENCES core_school_class (id),
    CONSTRAINT fk_core_class_material_teacher FOREIGN KEY (added_by) REFERENCES core_user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
