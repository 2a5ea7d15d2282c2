package vn.hoclieu.bench.search;

import java.util.Arrays;

/** Latencies of one side of a run, in nanoseconds; nearest-rank percentiles. */
record Percentiles(long[] nanos) {

    static Percentiles of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted);
    }

    double ms(double percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * nanos.length);
        return nanos[Math.clamp(rank - 1, 0, nanos.length - 1)] / 1e6;
    }

    double meanMs() {
        return Arrays.stream(nanos).average().orElse(0) / 1e6;
    }
}
