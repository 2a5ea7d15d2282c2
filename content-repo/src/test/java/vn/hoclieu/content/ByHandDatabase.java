package vn.hoclieu.content;

import vn.hoclieu.content.ingest.IngestJobs;
import vn.hoclieu.content.ingest.WorkerHeartbeats;
import vn.hoclieu.devstack.EmbeddedDatabase;

import javax.sql.DataSource;
import java.nio.file.Path;

/** THROWAWAY: a private database that goes away and comes back, for running the worker by hand. */
public class ByHandDatabase {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path home = Path.of("content-repo/target/byhand-db").toAbsolutePath();
        EmbeddedDatabase server = EmbeddedDatabase.start(home, port);
        server.recreateDatabase("content_by_hand", "hoclieu_test", "hoclieu_test");
        System.out.println("URL " + server.jdbcUrl("content_by_hand"));
        DataSource db = ContentTestDatabase.dataSource(server.jdbcUrl("content_by_hand"));
        Thread.sleep(6000);
        System.out.println("enqueued " + IngestJobs.enqueue(db, "noop", "{}") + " " + WorkerHeartbeats.latest(db));
        Thread.sleep(2000);
        server.close();
        System.out.println("DOWN");
        Thread.sleep(10000);
        server = EmbeddedDatabase.start(home, port);
        System.out.println("UP");
        System.out.println("enqueued " + IngestJobs.enqueue(db, "noop", "{}"));
        Thread.sleep(8000);
        System.out.println(WorkerHeartbeats.latest(db) + " succeeded=" + ContentTestDatabase.count(db, "SELECT COUNT(*) FROM content_ingest_job WHERE status='SUCCEEDED'"));
        server.close();
    }
}
