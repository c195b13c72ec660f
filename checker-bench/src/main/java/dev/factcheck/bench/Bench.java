package dev.factcheck.bench;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Times a workload: warm-up runs first (at least so many, and for at least so long: on the first size, long enough for
 * the JIT to compile the hot code even on a busy machine), then measured runs, with wall-clock and the process's CPU time, then one
 * more run, untimed, for the heap: started after a full collection, sampled meanwhile, and collected again after it
 * with its result held. Explicit collections stay out of the timed runs, since after one the collector shrinks its
 * young generation and slows the next run.
 */
final class Bench {
    /** The process's CPU time: the parallel check's threads, the collector's and the compiler's included. */
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final int warmups;
    private final long warmupNanos;
    private final int runs;

    /** A bench that warms up each workload with at least {@code warmups} runs and for at least {@code warmupSeconds}. */
    Bench(int warmups, double warmupSeconds, int runs) {
        this.warmups = warmups;
        this.warmupNanos = Math.round(warmupSeconds * 1e9);
        this.runs = runs;
    }

    /** The timings of {@code work} over a corpus of {@code bytes}. */
    <T> Sample measure(String workload, long bytes, Supplier<T> work) {
        long warmStart = System.nanoTime();
        for (int i = 0; i < warmups || System.nanoTime() - warmStart < warmupNanos; i++) {
            T unused = work.get();
        }
        List<Double> seconds = new ArrayList<>(runs);
        List<Double> cpuSeconds = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            long cpuStart = PROCESS.getProcessCpuTime();
            long start = System.nanoTime();
            T unused = work.get();
            seconds.add((System.nanoTime() - start) / 1e9);
            cpuSeconds.add((PROCESS.getProcessCpuTime() - cpuStart) / 1e9);
        }
        long before = HeapSampler.usedAfterGc();
        try (HeapSampler sampler = HeapSampler.start()) {
            T result = work.get();
            try {
                return new Sample(
                        workload, bytes, seconds, cpuSeconds, sampler.peak(), HeapSampler.usedAfterGc() - before);
            } finally {
                Reference.reachabilityFence(result);
            }
        }
    }
}
