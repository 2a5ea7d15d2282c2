-- School structure a school admin sets up: the two semesters of every school year, and which
-- subjects each grade is taught (GDPT 2018), so that "who teaches what" can be checked.

CREATE TABLE core_semester (
    id             BIGINT   NOT NULL AUTO_INCREMENT PRIMARY KEY,
    school_year_id BIGINT   NOT NULL,
    number         TINYINT  NOT NULL,   -- 1 = học kỳ I, 2 = học kỳ II
    starts_on      DATE     NOT NULL,
    ends_on        DATE     NOT NULL,
    CONSTRAINT fk_core_semester_year FOREIGN KEY (school_year_id) REFERENCES core_school_year (id) ON DELETE CASCADE,
    CONSTRAINT uk_core_semester UNIQUE (school_year_id, number),
    CONSTRAINT ck_core_semester_number CHECK (number IN (1, 2)),
    CONSTRAINT ck_core_semester_dates CHECK (starts_on <= ends_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Years that exist already (the demo school's) get the usual split: semester I until 15 January.
INSERT INTO core_semester (school_year_id, number, starts_on, ends_on)
SELECT id, 1, starts_on, MAKEDATE(YEAR(starts_on) + 1, 15) FROM core_school_year;
INSERT INTO core_semester (school_year_id, number, starts_on, ends_on)
SELECT id, 2, MAKEDATE(YEAR(starts_on) + 1, 16), ends_on FROM core_school_year;

-- Reference data, like the subjects themselves: position orders a grade's subjects on pages.
CREATE TABLE core_grade_subject (
    grade       TINYINT  NOT NULL,
    subject_id  BIGINT   NOT NULL,
    position    SMALLINT NOT NULL,
    PRIMARY KEY (grade, subject_id),
    CONSTRAINT fk_core_grade_subject_subject FOREIGN KEY (subject_id) REFERENCES core_subject (id),
    CONSTRAINT ck_core_grade_subject_grade CHECK (grade BETWEEN 1 AND 9)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- GDPT 2018: primary (grades 1–5) and lower secondary (6–9) compulsory subjects and activities.
-- Lower secondary's "Nghệ thuật" is taught as Âm nhạc and Mĩ thuật; Tiếng Anh is compulsory from grade 3.
INSERT INTO core_grade_subject (grade, subject_id, position)
SELECT g.grade, s.id, c.position
FROM core_subject s
JOIN (
    SELECT 'TIENG_VIET' AS code, 1 AS position, 1 AS first_grade, 5 AS last_grade
    UNION ALL SELECT 'NGU_VAN',            1, 6, 9
    UNION ALL SELECT 'TOAN',               2, 1, 9
    UNION ALL SELECT 'TIENG_ANH',          3, 3, 9
    UNION ALL SELECT 'DAO_DUC',            4, 1, 5
    UNION ALL SELECT 'GDCD',               4, 6, 9
    UNION ALL SELECT 'TU_NHIEN_XA_HOI',    5, 1, 3
    UNION ALL SELECT 'KHOA_HOC',           5, 4, 5
    UNION ALL SELECT 'KHTN',               5, 6, 9
    UNION ALL SELECT 'LICH_SU_DIA_LI',     6, 4, 9
    UNION ALL SELECT 'TIN_HOC_CONG_NGHE',  7, 3, 5
    UNION ALL SELECT 'CONG_NGHE',          7, 6, 9
    UNION ALL SELECT 'TIN_HOC',            8, 6, 9
    UNION ALL SELECT 'GDTC',               9, 1, 9
    UNION ALL SELECT 'AM_NHAC',           10, 1, 9
    UNION ALL SELECT 'MI_THUAT',          11, 1, 9
    UNION ALL SELECT 'HDTN',              12, 1, 5
    UNION ALL SELECT 'HDTN_HN',           12, 6, 9
    UNION ALL SELECT 'GD_DIA_PHUONG',     13, 6, 9
) c ON c.code = s.code COLLATE utf8mb4_unicode_520_ci
JOIN (
    SELECT 1 AS grade UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5
    UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9
) g ON g.grade BETWEEN c.first_grade AND c.last_grade;
