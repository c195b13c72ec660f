package dev.factcheck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the heap in use ({@link MemoryMXBean}) every few milliseconds on a daemon thread and keeps the peak. The
 * peak counts garbage not yet collected too, so it says how much heap a run needs with this collector and heap size.
 */
final class HeapSampler implements AutoCloseable {
    static final int PERIOD_MILLIS = 5;

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final Thread thread;
    private volatile boolean running = true;
    private final AtomicLong peak;

    private HeapSampler() {
        this.peak = new AtomicLong(used());
        this.thread = new Thread(this::sample, "heap-sampler");
        thread.setDaemon(true);
    }

    /** A sampler already running. */
    static HeapSampler start() {
        HeapSampler sampler = new HeapSampler();
        sampler.thread.start();
        return sampler;
    }

    /** The heap in use now, in bytes. */
    static long used() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    /** The heap in use after a full collection, in bytes: what is still reachable. */
    static long usedAfterGc() {
        System.gc();
        return used();
    }

    /** The largest heap in use seen so far, in bytes, a last sample included. */
    long peak() {
        return peak.accumulateAndGet(used(), Math::max);
    }

    private void sample() {
        while (running) {
            peak.accumulateAndGet(used(), Math::max);
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
