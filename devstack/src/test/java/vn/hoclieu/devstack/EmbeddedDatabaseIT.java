package vn.hoclieu.devstack;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseIT {

    @Test
    void storesVietnameseTextUnchanged() throws Exception {
        String url = TestDatabase.freshDatabase("devstack_it");
        String text = "Phép nhân lớp 3 — Đẳng thức lượng giác, tiếng Ê Đê 😀";
        try (Connection c = DriverManager.getConnection(url, TestDatabase.USER, TestDatabase.PASSWORD)) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (v VARCHAR(200)) DEFAULT CHARSET=utf8mb4");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO t VALUES (?)")) {
                p.setString(1, text);
                p.executeUpdate();
            }
        }
        try (Connection c = DriverManager.getConnection(url, TestDatabase.USER, TestDatabase.PASSWORD);
             ResultSet r = c.createStatement().executeQuery("SELECT v FROM t")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo(text);
        }
    }
}
