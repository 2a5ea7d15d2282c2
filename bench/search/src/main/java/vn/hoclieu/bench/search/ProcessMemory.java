package vn.hoclieu.bench.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Resident set size of a process, from /proc/&lt;pid&gt;/status (VmRSS). */
final class ProcessMemory {

    private ProcessMemory() {
    }

    /** In MiB; -1 when the process is gone or /proc is unreadable. */
    static long rssMib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /**
     * "VmRSS (RssAnon / RssFile)" in MiB: a node's RSS includes the index files it maps, which the
     * kernel can drop under pressure; the anonymous part is its heap and native memory.
     */
    static String rss(long pid) {
        try {
            Map<String, Long> kb = new HashMap<>();
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:") || line.startsWith("RssAnon:") || line.startsWith("RssFile:")) {
                    kb.put(line.substring(0, line.indexOf(':')), Long.parseLong(line.replaceAll("\\D", "")));
                }
            }
            return kb.get("VmRSS") / 1024 + " (" + kb.get("RssAnon") / 1024 + " / " + kb.get("RssFile") / 1024 + ")";
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }
}
