package vn.hoclieu.bench.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * CPU time (utime + stime from /proc/&lt;pid&gt;/stat) and resident memory (VmRSS, sampled every
 * second: peak and last) of one process over a phase.
 */
public final class ProcessUsage implements AutoCloseable {

    private static final double CLOCK_TICKS = 100.0; // USER_HZ on Linux x86-64

    private final long pid;
    private final long startTicks;
    private final long startNanos = System.nanoTime();
    private final AtomicLong peakRss = new AtomicLong();
    private final AtomicLong lastRss = new AtomicLong();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

    public ProcessUsage(long pid) {
        this.pid = pid;
        this.startTicks = cpuTicks(pid);
        sampler.scheduleAtFixedRate(this::sample, 0, 1, TimeUnit.SECONDS);
    }

    public record Usage(double cpuSeconds, double wallSeconds, long peakRssMib, long lastRssMib) {
        public double cores() {
            return cpuSeconds / wallSeconds;
        }
    }

    public Usage finish() {
        sampler.shutdownNow();
        sample();
        return new Usage((cpuTicks(pid) - startTicks) / CLOCK_TICKS, (System.nanoTime() - startNanos) / 1e9,
                peakRss.get() / 1024, lastRss.get() / 1024);
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }

    private void sample() {
        long kb = rssKb(pid);
        lastRss.set(kb);
        peakRss.accumulateAndGet(kb, Math::max);
    }

    public static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    public static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
