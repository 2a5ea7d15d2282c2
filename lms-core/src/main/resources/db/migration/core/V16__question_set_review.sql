-- Shared questions go through review (issue 7): a teacher shares a whole bank category, carried
-- through the material review by a carrier material of type QUESTION_SET (content-repo; its id
-- only). Its questions are visible to the district's teachers of the subject only while the
-- carrier has a published version. The per-question share of V10 is gone: questions shared that
-- way were never reviewed, so they become private again until their category is submitted.

ALTER TABLE core_question_category
    ADD COLUMN carrier_material_id BIGINT NULL,  -- content_material id, set at the first submission
    ADD CONSTRAINT uq_core_question_category_carrier UNIQUE (carrier_material_id);

ALTER TABLE core_question DROP INDEX ix_core_question_sharing, DROP COLUMN sharing;
