package vn.hoclieu.bench.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of this JVM and of every process below it: the whole pipeline's work happens in a
 * child JVM (the task host) and in MariaDB, which the JVM's own CPU time does not see. Read from
 * {@code /proc/<pid>/stat}: user + system time of the process and of its children that have ended
 * (a retired task host moves from the live sum into its parent's), in clock ticks.
 */
final class ProcessTreeCpu {

    /** USER_HZ, which Linux fixes at 100 for /proc whatever the kernel's own tick. */
    private static final long TICKS_PER_SECOND = 100;

    private ProcessTreeCpu() {
    }

    static long nanos() {
        long ticks = ticks(ProcessHandle.current().pid());
        ticks += ProcessHandle.current().descendants().mapToLong(p -> ticks(p.pid())).sum();
        return ticks * (1_000_000_000L / TICKS_PER_SECOND);
    }

    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name in parentheses may hold spaces: count fields after it
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is field 3 (state); utime, stime, cutime, cstime are fields 14 to 17
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
        } catch (IOException | RuntimeException endedMeanwhile) {
            return 0;
        }
    }
}
