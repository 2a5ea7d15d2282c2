package vn.hoclieu.search.outbox;

import org.mariadb.jdbc.MariaDbDataSource;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import vn.hoclieu.search.MaterialIndex;
import vn.hoclieu.search.SearchConnection;
import vn.hoclieu.search.SearchEndpoint;

/**
 * Operations on the search index: {@code reindex} (build a new index from the database, swap the
 * alias, no downtime), {@code check} (compare the database with the index) and {@code repair}
 * (check, then re-index the materials that differ). Run as
 * {@code java -cp search-indexer/target/classes:$(cat search-indexer/target/devnode.classpath)
 * vn.hoclieu.search.outbox.SearchAdminMain check}; settings {@code hoclieu.db.url|user|password},
 * {@code hoclieu.es.url|user|password} as system properties or environment variables.
 * Exit 0: done / clean (after repair: clean again); 1: differences found (or left); 2: usage or unreachable.
 */
public final class SearchAdminMain {

    private SearchAdminMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1 || !List.of("reindex", "check", "repair").contains(args[0])) {
            err.println("usage: SearchAdminMain reindex|check|repair");
            return 2;
        }
        try (SearchConnection connection = SearchConnection.open(SearchEndpoint.parse(
                setting("hoclieu.es.url", "http://127.0.0.1:9200"), setting("hoclieu.es.user", null), setting("hoclieu.es.password", null)))) {
            MariaDbDataSource db = new MariaDbDataSource(setting("hoclieu.db.url", "jdbc:mariadb://127.0.0.1:3307/hoclieu"));
            db.setUser(setting("hoclieu.db.user", "hoclieu"));
            db.setPassword(setting("hoclieu.db.password", "hoclieu"));
            MaterialIndex index = MaterialIndex.on(connection);
            Reindex reindex = new Reindex(db, index, CoreNames.fromDatabase(db));
            if (args[0].equals("reindex")) {
                Reindex.Result r = reindex.rebuild();
                out.printf("reindexed %d documents into %s; alias %s moved; removed %s; %d outbox rows replayed%n",
                        r.documents(), r.newIndex(), MaterialIndex.ALIAS, r.removedIndices(), r.replayed());
                return 0;
            }
            Reindex.Findings f = reindex.check();
            if (args[0].equals("repair") && !f.clean()) {
                report(out, f);
                out.printf("repairing %d material(s): %d outbox rows drained%n", f.materials().size(), reindex.repair(f));
                index.refresh();
                f = reindex.check();
            }
            report(out, f);
            return f.clean() ? 0 : 1;
        } catch (SQLException | RuntimeException e) {
            err.println("failed: " + e.getMessage());
            return 2;
        }
    }

    private static void report(PrintStream out, Reindex.Findings f) {
        out.printf("missing from the index: %s%nindexed but not wanted: %s%nindexed with another version: %s%noutbox rows waiting: %d%n",
                f.missing(), f.extra(), f.stale(), f.pending());
        out.println(f.clean() ? "clean" : "differences found" + (f.pending() > 0 ? " (the waiting rows may explain some)" : ""));
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
