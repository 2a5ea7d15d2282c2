package vn.hoclieu.search.outbox;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names that lms-core owns and search needs as words: subject names ("Toán" for TOAN, so that
 * "toán lớp 3" finds mathematics of grade 3), authors' and schools' names (teachers look for a
 * colleague's or a school's work). Read-only lookups of lms-core's tables over JDBC (the one
 * exception to the module rule, see docs/ARCHITECTURE.md). Subjects are read once (reference data);
 * people and schools on first use and then remembered, so a renamed teacher shows under the new
 * name after the next reindex. A name that cannot be read is simply left out (null); a subject's
 * code stands in for its name.
 */
public final class CoreNames {

    private final Map<String, String> subjects;
    private final DataSource people;
    private final Map<Long, Optional<String>> authors = new ConcurrentHashMap<>();
    private final Map<Long, Optional<String>> schools = new ConcurrentHashMap<>();

    private CoreNames(Map<String, String> subjects, DataSource people) {
        this.subjects = Map.copyOf(subjects);
        this.people = people;
    }

    /** Fixed names (tests, tools without a database): unknown ids have no name. */
    public static CoreNames of(Map<String, String> subjects, Map<Long, String> authors, Map<Long, String> schools) {
        CoreNames names = new CoreNames(subjects, null);
        authors.forEach((id, name) -> names.authors.put(id, Optional.of(name)));
        schools.forEach((id, name) -> names.schools.put(id, Optional.of(name)));
        return names;
    }

    public static CoreNames fromDatabase(DataSource dataSource) {
        Map<String, String> subjects = new HashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT code, name_vi FROM core_subject")) {
            while (r.next()) {
                subjects.put(r.getString(1), r.getString(2));
            }
        } catch (SQLException e) {
            // no subject list (a database without lms-core's tables): codes only
        }
        return new CoreNames(subjects, dataSource);
    }

    public String subject(String code) {
        return subjects.getOrDefault(code, code);
    }

    /** The author's display name; null when unknown. */
    public String author(long accountId) {
        return cached(authors, "SELECT display_name FROM core_user_account WHERE id = ?", accountId);
    }

    /** The school's name; null for none or unknown. */
    public String school(Long schoolId) {
        if (schoolId == null) {
            return null;
        }
        return cached(schools, "SELECT name FROM core_school WHERE id = ?", schoolId);
    }

    /** Remembers what the database answered (a name or none), not a failure to ask: that is asked again next time. */
    private String cached(Map<Long, Optional<String>> known, String sql, long id) {
        Optional<String> name = known.get(id);
        if (name == null && people != null) {
            try (Connection c = people.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    name = r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
                }
                known.put(id, name);
            } catch (SQLException e) {
                return null; // a database without lms-core's tables, or down: no name, search still works
            }
        }
        return name == null ? null : name.orElse(null);
    }
}
