package vn.hoclieu.content.blob;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * The integrity-check command:
 * {@code java -cp content-repo/target/classes:$(cat content-repo/target/worker.classpath)
 * vn.hoclieu.content.blob.BlobCheckMain --root <dir> [--expected-from-db]}.
 * With {@code --expected-from-db} it also looks for every blob that table {@code content_material_file}
 * refers to, reading the database settings like the worker does ({@code hoclieu.db.url} /
 * {@code HOCLIEU_DB_URL}, user, password). Exit code 0: all good; 1: problems found (printed);
 * 2: wrong usage or configuration.
 */
public final class BlobCheckMain {

    static final int CLEAN = 0;
    static final int PROBLEMS = 1;
    static final int USAGE = 2;

    static final String USAGE_TEXT = """
            Usage: BlobCheckMain --root <blob store directory> [--expected-from-db]
              --root              the blob store's root (the directory holding sha256/ and tmp/)
              --expected-from-db  also report blobs that content_material_file refers to but the store lacks
                                  (database from hoclieu.db.url/user/password or HOCLIEU_DB_URL/USER/PASSWORD)""";

    private static final long PROGRESS_EVERY_NANOS = TimeUnit.SECONDS.toNanos(30);

    private BlobCheckMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, DatabaseSettings.from(System::getProperty, System.getenv()), System.out, System.err));
    }

    static int run(String[] args, DatabaseSettings database, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        FileBlobStore store;
        try {
            store = FileBlobStore.openExisting(arguments.root());
        } catch (IOException e) {
            err.println("Not a blob store (no " + FileBlobStore.BLOBS + "/ directory): " + arguments.root().toAbsolutePath());
            return USAGE;
        }
        out.println("Checking blob store " + store.root());
        BlobIntegrityCheck check = new BlobIntegrityCheck(store, progressTo(err));
        try {
            if (!arguments.expectedFromDb()) {
                return reported(check.run(), Findings.none(), out);
            }
            return checkAgainstDatabase(check, database, out, err);
        } catch (IOException | UncheckedIOException e) {
            err.println("The check could not complete: " + e.getMessage());
            return PROBLEMS;
        }
    }

    private static int checkAgainstDatabase(BlobIntegrityCheck check, DatabaseSettings database,
                                            PrintStream out, PrintStream err) throws IOException {
        ExpectedBlobsQuery expected;
        try {
            expected = ExpectedBlobsQuery.run(database);
        } catch (SQLException e) {
            err.println(databaseProblem(e, database));
            return USAGE;
        }
        try {
            out.println("Expected blobs from " + database.url() + " (" + ExpectedBlobsQuery.TABLE + "." + ExpectedBlobsQuery.COLUMN + ")");
            return reported(check.run(expected.ids()), expected.invalid(), out);
        } finally {
            closeQuietly(expected, err);
        }
    }

    private static void closeQuietly(ExpectedBlobsQuery expected, PrintStream err) {
        try {
            expected.close();
        } catch (SQLException e) {
            // the report is complete: a connection that fails to close (idle for hours) changes nothing in it
            err.println("Note: closing the database connection failed: " + e.getMessage());
        }
    }

    private static String databaseProblem(SQLException e, DatabaseSettings database) {
        return switch (e.getErrorCode()) {
            case ExpectedBlobsQuery.NO_SUCH_TABLE -> "Table " + ExpectedBlobsQuery.TABLE + " does not exist in "
                    + database.url() + ": this database holds no materials yet (or it is the wrong database).";
            case ExpectedBlobsQuery.NO_SUCH_COLUMN -> "Table " + ExpectedBlobsQuery.TABLE + " has no column "
                    + ExpectedBlobsQuery.COLUMN + " in " + database.url() + ": is the schema older than this command?";
            default -> "Cannot read the expected blobs from " + database.url() + " as " + database.user() + ": " + e.getMessage();
        };
    }

    private static int reported(IntegrityReport report, Findings<String> invalidReferences, PrintStream out) {
        out.println(report.summary());
        if (!invalidReferences.isEmpty()) {
            out.println(ExpectedBlobsQuery.TABLE + "." + ExpectedBlobsQuery.COLUMN
                    + " values that are no SHA-256 blob id: " + invalidReferences.count());
            invalidReferences.listed().forEach(value -> out.println("  \"" + value + "\""));
        }
        return report.clean() && invalidReferences.isEmpty() ? CLEAN : PROBLEMS;
    }

    private static BlobIntegrityCheck.Progress progressTo(PrintStream err) {
        long[] lastPrinted = {System.nanoTime()};
        return (blobs, bytes) -> {
            long now = System.nanoTime();
            if (now - lastPrinted[0] >= PROGRESS_EVERY_NANOS) {
                lastPrinted[0] = now;
                err.println("… " + blobs + " blobs, " + IntegrityReport.readableBytes(bytes) + " re-hashed so far");
            }
        };
    }

    record Arguments(Path root, boolean expectedFromDb) {

        static Arguments parse(String[] args) {
            Path root = null;
            boolean expectedFromDb = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--root" -> {
                        if (i + 1 >= args.length || args[i + 1].isBlank()) {
                            throw new IllegalArgumentException("--root needs a directory");
                        }
                        root = Path.of(args[++i]);
                    }
                    case "--expected-from-db" -> expectedFromDb = true;
                    default -> throw new IllegalArgumentException("Unknown argument: " + args[i]);
                }
            }
            if (root == null) {
                throw new IllegalArgumentException("--root is required");
            }
            return new Arguments(root, expectedFromDb);
        }
    }
}
