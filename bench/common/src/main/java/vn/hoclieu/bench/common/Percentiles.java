package vn.hoclieu.bench.assignments;

import java.util.Arrays;

/** Latencies of one step, in nanoseconds; nearest-rank percentiles. */
record Percentiles(long[] nanos) {

    static Percentiles of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted);
    }

    double ms(double percentile) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * nanos.length);
        return nanos[Math.clamp(rank - 1, 0, nanos.length - 1)] / 1e6;
    }

    int count() {
        return nanos.length;
    }
}
