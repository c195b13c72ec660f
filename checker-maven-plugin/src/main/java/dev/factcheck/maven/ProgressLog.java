package dev.factcheck.maven;

import dev.factcheck.api.Progress;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.apache.maven.plugin.logging.Log;

/**
 * Logs a check's progress on long runs: at most one line every two seconds ({@code factcheck: 120/1994 sources read,
 * 3,401 mentions}), none on a run shorter than that.
 */
final class ProgressLog implements Consumer<Progress> {
    /** The least time between two progress lines, in nanoseconds. */
    static final long INTERVAL_NANOS = 2_000_000_000L;

    private final Log log;
    private final LongSupplier clock;
    private long last;

    ProgressLog(Log log, LongSupplier nanoClock) {
        this.log = log;
        this.clock = nanoClock;
        this.last = nanoClock.getAsLong();
    }

    @Override
    public void accept(Progress progress) {
        long now = clock.getAsLong();
        if (now - last >= INTERVAL_NANOS) {
            log.info("factcheck: " + progress.describe());
            last = now;
        }
    }
}
