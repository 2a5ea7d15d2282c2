package vn.hoclieu.bench.common;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A lower-secondary school of {@code pupils} pupils in classes of 40, one teacher teaching Toán in
 * every class, written straight into the application's database. Going through the roster import
 * would cost two PBKDF2 hashes per pupil (import, then the forced password change) — about 20 min
 * of CPU on this machine for 2,000 pupils, none of it what this bench measures — so every bench
 * account gets the demo accounts' password hash (password {@code HocLieu2026!}) and no forced change.
 */
public final class BenchSchool {

    public static final int CLASS_SIZE = 40;
    public static final String TEACHER = "gv.bench";

    public record SchoolClass(long id, String name, long subjectId, List<String> pupils) {
    }

    private BenchSchool() {
    }

    public static List<SchoolClass> create(String jdbcUrl, int pupils) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "hoclieu", "hoclieu")) {
            db.setAutoCommit(false);
            String hash = demoPasswordHash(db);
            long school = insert(db, "INSERT INTO core_school (code, name, level) VALUES ('BENCH', 'Trường THCS Đo tải (bench)', 'LOWER_SECONDARY')");
            LocalDate start = LocalDate.now().minusMonths(2);
            long year = insert(db, "INSERT INTO core_school_year (school_id, name, starts_on, ends_on, current_year) VALUES ("
                    + school + ", 'bench', '" + start + "', '" + start.plusYears(1) + "', TRUE)");
            long teacher = account(db, TEACHER, "Giáo viên Đo Tải", school, hash, "TEACHER");
            long maths = single(db, "SELECT id FROM core_subject WHERE code = 'TOAN'");
            List<SchoolClass> classes = new ArrayList<>();
            for (int c = 0; c * CLASS_SIZE < pupils; c++) {
                String name = "6A" + (c + 1);
                long classId = insert(db, "INSERT INTO core_school_class (school_year_id, name, grade, homeroom_teacher_id) VALUES ("
                        + year + ", '" + name + "', 6, " + teacher + ")");
                execute(db, "INSERT INTO core_teaching_assignment (class_id, subject_id, teacher_id) VALUES ("
                        + classId + ", " + maths + ", " + teacher + ")");
                List<String> members = new ArrayList<>();
                for (int p = c * CLASS_SIZE; p < Math.min(pupils, (c + 1) * CLASS_SIZE); p++) {
                    String username = "hs.bench" + p;
                    long pupil = account(db, username, "Học Sinh Số " + p, school, hash, "STUDENT");
                    execute(db, "INSERT INTO core_class_pupil (class_id, account_id) VALUES (" + classId + ", " + pupil + ")");
                    members.add(username);
                }
                classes.add(new SchoolClass(classId, name, maths, members));
            }
            db.commit();
            return classes;
        }
    }

    private static String demoPasswordHash(Connection db) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT password_hash FROM core_user_account WHERE username = 'hs.an'");
             ResultSet r = q.executeQuery()) {
            if (!r.next()) {
                throw new IllegalStateException("no demo account hs.an: the stack must run with the demo seed");
            }
            return r.getString(1);
        }
    }

    private static long account(Connection db, String username, String name, long school, String hash, String role)
            throws SQLException {
        long id;
        try (PreparedStatement q = db.prepareStatement(
                "INSERT INTO core_user_account (username, password_hash, display_name, school_id) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            q.setString(1, username);
            q.setString(2, hash);
            q.setString(3, name);
            q.setLong(4, school);
            q.executeUpdate();
            id = generatedKey(q);
        }
        execute(db, "INSERT INTO core_user_role (account_id, role) VALUES (" + id + ", '" + role + "')");
        return id;
    }

    private static long insert(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            return generatedKey(s);
        }
    }

    private static long generatedKey(Statement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
