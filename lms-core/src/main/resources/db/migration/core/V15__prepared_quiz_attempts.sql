-- Issue 7: an attempt is prepared when the pupil opens the quiz (questions drawn and shuffled, answer
-- rows written) and started later with one UPDATE of started_at and ends_at, so that a whole district
-- pressing "start" at the same second costs little. A prepared attempt has no started_at yet; it is
-- not an attempt for anything else (attempts left, results, statistics, the quiz's edit lock).
ALTER TABLE core_quiz_attempt MODIFY started_at TIMESTAMP(3) NULL;   -- NULL: prepared, not started
ALTER TABLE core_quiz_attempt ADD COLUMN prepared_at TIMESTAMP(3) NULL AFTER seed;   -- when its questions were drawn (NULL: before V15)
