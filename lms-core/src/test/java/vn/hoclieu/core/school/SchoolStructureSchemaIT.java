package vn.hoclieu.core.school;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;
import vn.hoclieu.core.CoreSchema;
import vn.hoclieu.devstack.TestDatabase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V7 on a real MariaDB holding a school year from before it (as a running district's
 * database does): the year gets its two semesters, and every grade its GDPT 2018 subjects.
 */
class SchoolStructureSchemaIT {

    private static DataSource db;

    @BeforeAll
    static void aDatabaseWithAYearFromBeforeV7() throws SQLException {
        MariaDbDataSource source = new MariaDbDataSource(TestDatabase.freshDatabase("core_school_structure"));
        source.setUser(TestDatabase.USER);
        source.setPassword(TestDatabase.PASSWORD);
        db = source;
        flyway("6").migrate();
        execute("INSERT INTO core_school (code, name, level) VALUES ('CU', 'Trường cũ', 'PRIMARY')");
        execute("INSERT INTO core_school_year (school_id, name, starts_on, ends_on, current_year)"
                + " SELECT id, '2026–2027', '2026-09-05', '2027-05-31', TRUE FROM core_school");
        flyway(null).migrate();
    }

    private static Flyway flyway(String target) {
        var configuration = Flyway.configure(SchoolStructureSchemaIT.class.getClassLoader()).dataSource(db)
                .table(CoreSchema.HISTORY_TABLE).locations(CoreSchema.LOCATION);
        return (target == null ? configuration : configuration.target(target)).load();
    }

    @Test
    void aYearFromBeforeGetsSemesterOneUntilFifteenJanuaryAndSemesterTwoAfter() throws SQLException {
        assertThat(rows("SELECT CONCAT(number, ' ', starts_on, ' ', ends_on) FROM core_semester ORDER BY number"))
                .containsExactly("1 2026-09-05 2027-01-15", "2 2027-01-16 2027-05-31");
    }

    @Test
    void eachGradeHasItsSubjectsOfTheProgramme() throws SQLException {
        assertThat(subjectsOf(1)).containsExactly("TIENG_VIET", "TOAN", "DAO_DUC", "TU_NHIEN_XA_HOI", "GDTC", "AM_NHAC", "MI_THUAT", "HDTN");
        assertThat(subjectsOf(3)).containsExactly("TIENG_VIET", "TOAN", "TIENG_ANH", "DAO_DUC", "TU_NHIEN_XA_HOI", "TIN_HOC_CONG_NGHE",
                "GDTC", "AM_NHAC", "MI_THUAT", "HDTN");
        assertThat(subjectsOf(5)).containsExactly("TIENG_VIET", "TOAN", "TIENG_ANH", "DAO_DUC", "KHOA_HOC", "LICH_SU_DIA_LI",
                "TIN_HOC_CONG_NGHE", "GDTC", "AM_NHAC", "MI_THUAT", "HDTN");
        assertThat(subjectsOf(9)).containsExactly("NGU_VAN", "TOAN", "TIENG_ANH", "GDCD", "KHTN", "LICH_SU_DIA_LI", "CONG_NGHE", "TIN_HOC",
                "GDTC", "AM_NHAC", "MI_THUAT", "HDTN_HN", "GD_DIA_PHUONG");
    }

    @Test
    void everySubjectIsTaughtInSomeGrade() throws SQLException {
        assertThat(rows("SELECT code FROM core_subject WHERE id NOT IN (SELECT subject_id FROM core_grade_subject)")).isEmpty();
    }

    private static List<String> subjectsOf(int grade) throws SQLException {
        return rows("SELECT s.code FROM core_grade_subject g JOIN core_subject s ON s.id = g.subject_id WHERE g.grade = " + grade
                + " ORDER BY g.position, s.name_vi");
    }

    private static List<String> rows(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (r.next()) {
                values.add(r.getString(1));
            }
            return values;
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
