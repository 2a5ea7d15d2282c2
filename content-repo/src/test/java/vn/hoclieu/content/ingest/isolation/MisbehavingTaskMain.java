package vn.hoclieu.content.ingest.isolation;

import java.util.ArrayList;
import java.util.List;

/**
 * A task host that serves the real ingest task and, by task name, the ways a parser can go wrong:
 * hang without heeding interrupts, exit the JVM, exhaust the heap, throw. Lets the supervisor's
 * tests cause each failure on purpose instead of hunting for a file that causes it.
 */
final class MisbehavingTaskMain {

    private MisbehavingTaskMain() {
    }

    public static void main(String[] args) throws Exception {
        IsolatedTaskMain.serve(args, (request, report) -> {
            switch (request.task()) {
                case "pid" -> report.put("pid", ProcessHandle.current().pid());
                case "hang" -> hang();
                case "exit" -> Runtime.getRuntime().halt(42);
                case "exhaust-memory" -> exhaustMemory();
                case "throw" -> throw new IllegalStateException("a parser bug");
                default -> IsolatedTaskMain.INGEST.run(request, report);
            }
        });
    }

    @SuppressWarnings({"InfiniteLoopStatement", "BusyWait"})
    private static void hang() {
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException ignored) {
                // like a parser that never checks
            }
        }
    }

    private static void exhaustMemory() {
        List<long[]> hoard = new ArrayList<>();
        while (true) {
            hoard.add(new long[1 << 20]);
        }
    }
}
