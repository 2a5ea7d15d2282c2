package vn.hoclieu.content.blob;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The blob ids the database refers to, read with a streaming cursor (millions of rows must not
 * be held in memory). Values that are not blob ids are kept aside: they are problems of their own.
 */
final class ExpectedBlobsQuery implements AutoCloseable {

    static final String TABLE = "content_material_file";
    static final String COLUMN = "blob_sha256";
    static final int NO_SUCH_TABLE = 1146;
    static final int NO_SUCH_COLUMN = 1054;

    private static final String SELECT = "SELECT DISTINCT " + COLUMN + " FROM " + TABLE + " WHERE " + COLUMN + " IS NOT NULL";
    private static final int LOGIN_TIMEOUT_SECONDS = 10;
    private static final int FETCH_SIZE = 1000;

    private final Connection connection;
    private final ResultSet rows;
    private final List<String> invalid = new ArrayList<>();
    private long invalidCount;

    private ExpectedBlobsQuery(Connection connection, ResultSet rows) {
        this.connection = connection;
        this.rows = rows;
    }

    /** Connects and runs the query, so that a wrong setting or a missing table shows at once. */
    static ExpectedBlobsQuery run(DatabaseSettings settings) throws SQLException {
        DriverManager.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
        Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
        try {
            Statement select = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            select.setFetchSize(FETCH_SIZE);
            return new ExpectedBlobsQuery(connection, select.executeQuery(SELECT));
        } catch (SQLException e) {
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** The valid ids, once each; read it once. */
    Stream<BlobId> ids() {
        return StreamSupport.stream(new Spliterators.AbstractSpliterator<BlobId>(Long.MAX_VALUE, Spliterator.DISTINCT | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super BlobId> action) {
                try {
                    while (rows.next()) {
                        String value = rows.getString(1);
                        if (BlobId.isValid(value)) {
                            action.accept(BlobId.of(value));
                            return true;
                        }
                        invalidCount++;
                        if (invalid.size() < BlobIntegrityCheck.LISTED_PER_KIND) {
                            invalid.add(value);
                        }
                    }
                    return false;
                } catch (SQLException e) {
                    throw new UncheckedIOException(new IOException("Reading " + TABLE + " failed: " + e.getMessage(), e));
                }
            }
        }, false);
    }

    /** Values of the column that are no blob id (after {@link #ids()} was read to its end). */
    Findings<String> invalid() {
        return new Findings<>(invalidCount, invalid);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
