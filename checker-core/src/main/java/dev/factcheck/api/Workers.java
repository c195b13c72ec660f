package dev.factcheck.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A bounded pool of threads for one check, that maps a list to a list of results in the same order. With one thread
 * it starts none and runs on the caller's. The threads are daemons and end with {@link #close()}.
 */
final class Workers implements AutoCloseable {
    private final int threads;
    /** Empty with one thread. */
    private final Optional<ExecutorService> pool;

    private Workers(int threads) {
        this.threads = threads;
        AtomicInteger count = new AtomicInteger();
        this.pool = threads == 1
                ? Optional.empty()
                : Optional.of(Executors.newFixedThreadPool(threads, task -> {
                    Thread thread = new Thread(task, "factcheck-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }));
    }

    /** A pool of {@code threads} threads, at least one. */
    static Workers of(int threads) {
        return new Workers(Math.max(1, threads));
    }

    int threads() {
        return threads;
    }

    /**
     * {@code work} applied to every item, results in the items' order. An exception thrown by the work is thrown here,
     * as it was thrown.
     */
    <T, R> List<R> map(List<T> items, Function<T, R> work) {
        if (pool.isEmpty() || items.size() < 2) {
            return items.stream().map(work).toList();
        }
        List<Future<R>> futures = new ArrayList<>(items.size());
        items.forEach(item -> futures.add(pool.get().submit(() -> work.apply(item))));
        List<R> results = new ArrayList<>(items.size());
        for (Future<R> future : futures) {
            results.add(await(future));
        }
        return results;
    }

    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.ifPresent(ExecutorService::shutdownNow);
    }
}
