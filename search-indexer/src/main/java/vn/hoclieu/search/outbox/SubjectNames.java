package vn.hoclieu.search.outbox;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Vietnamese subject names ("Toán" for TOAN), so that "toán lớp 3" finds mathematics of grade 3.
 * Read once from lms-core's subject list (a read-only lookup of reference data that never
 * changes at run time); the code itself stands in when the list cannot be read.
 */
public final class SubjectNames implements Function<String, String> {

    private final Map<String, String> names;

    public SubjectNames(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    public static SubjectNames fromDatabase(DataSource dataSource) {
        Map<String, String> names = new HashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT code, name_vi FROM core_subject")) {
            while (r.next()) {
                names.put(r.getString(1), r.getString(2));
            }
        } catch (SQLException e) {
            // no subject list (a database without lms-core's tables): codes only
        }
        return new SubjectNames(names);
    }

    @Override
    public String apply(String code) {
        return names.getOrDefault(code, code);
    }
}
