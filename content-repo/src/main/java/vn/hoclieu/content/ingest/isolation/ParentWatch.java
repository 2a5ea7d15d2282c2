package vn.hoclieu.content.ingest.isolation;

/**
 * A task host outlives its worker only by accident (the worker was killed with SIGKILL, or its
 * JVM crashed): stdin then closes, but a task stuck in a parser would never read it. Halting when
 * the parent process ends leaves no orphan JVM behind.
 */
final class ParentWatch {

    private ParentWatch() {
    }

    static void haltWhenParentEnds() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(1)));
    }
}
