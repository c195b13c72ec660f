package dev.factcheck.bench;

import java.util.List;

/**
 * The timings of one workload on one corpus.
 *
 * @param workload what was timed: {@code read}, {@code extract} or {@code check}
 * @param bytes the size of the corpus, in bytes
 * @param seconds the wall-clock time of each measured run, warm-ups left out
 * @param cpuSeconds the CPU time of the measuring thread in each measured run: less than the wall-clock time when other
 *     processes take the core, or the collector's threads pause it
 * @param peakHeap the largest heap in use sampled during an untimed run started after a full collection, in bytes
 * @param retained the heap still reachable after that run while its result is held, beyond what was before, in bytes
 */
record Sample(
        String workload, long bytes, List<Double> seconds, List<Double> cpuSeconds, long peakHeap, long retained) {
    /** One megabyte, as a decimal unit: 10^6 bytes. */
    static final double MB = 1_000_000.0;

    Sample {
        seconds = seconds.stream().sorted().toList();
        cpuSeconds = cpuSeconds.stream().sorted().toList();
        if (seconds.isEmpty() || cpuSeconds.size() != seconds.size()) {
            throw new IllegalArgumentException(
                    "need one CPU time per run and at least one run, got " + seconds + " and " + cpuSeconds);
        }
    }

    double median() {
        return median(seconds);
    }

    double cpuMedian() {
        return median(cpuSeconds);
    }

    double min() {
        return seconds.get(0);
    }

    double max() {
        return seconds.get(seconds.size() - 1);
    }

    double megabytes() {
        return bytes / MB;
    }

    /** Megabytes per second on the one thread that ran it, at the median time. */
    double throughput() {
        return megabytes() / median();
    }

    /** The median time per byte relative to {@code base}'s: 1.0 when time grows linearly with size. */
    double linearity(Sample base) {
        return (median() / base.median()) / ((double) bytes / base.bytes());
    }

    /** {@link #linearity} on the CPU time of the measuring thread, which other processes on the machine disturb less. */
    double cpuLinearity(Sample base) {
        return (cpuMedian() / base.cpuMedian()) / ((double) bytes / base.bytes());
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
