package vn.hoclieu.bench.common;

import java.util.Arrays;

/** Latencies of one step, in nanoseconds; nearest-rank percentiles. */
public record Percentiles(long[] nanos) {

    public static Percentiles of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted);
    }

    public double ms(double percentile) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * nanos.length);
        return nanos[Math.clamp(rank - 1, 0, nanos.length - 1)] / 1e6;
    }

    public int count() {
        return nanos.length;
    }
}
