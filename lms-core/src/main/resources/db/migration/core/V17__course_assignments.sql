-- An assignment belongs to exactly one class or one open course (issue 8: a course's unit may be
-- an assignment). Course assignments never reach the gradebook: it reads assignments by class.
ALTER TABLE core_assignment
    MODIFY class_id BIGINT NULL,
    ADD COLUMN course_id BIGINT NULL AFTER class_id,
    ADD CONSTRAINT fk_core_assignment_course FOREIGN KEY (course_id) REFERENCES core_open_course (id),
    ADD CONSTRAINT ck_core_assignment_owner CHECK ((class_id IS NULL) <> (course_id IS NULL)),
    ADD INDEX ix_core_assignment_course (course_id);

ALTER TABLE core_course_unit
    ADD COLUMN assignment_id BIGINT NULL AFTER quiz_id,
    ADD CONSTRAINT fk_core_course_unit_assignment FOREIGN KEY (assignment_id) REFERENCES core_assignment (id),
    DROP CONSTRAINT ck_core_course_unit_kind;

ALTER TABLE core_course_unit
    ADD CONSTRAINT ck_core_course_unit_kind CHECK (
        (kind = 'MATERIAL' AND material_id IS NOT NULL AND quiz_id IS NULL AND assignment_id IS NULL) OR
        (kind = 'PAGE' AND page_html IS NOT NULL AND material_id IS NULL AND quiz_id IS NULL AND assignment_id IS NULL) OR
        (kind = 'QUIZ' AND quiz_id IS NOT NULL AND material_id IS NULL AND assignment_id IS NULL) OR
        (kind = 'ASSIGNMENT' AND assignment_id IS NOT NULL AND material_id IS NULL AND quiz_id IS NULL));
