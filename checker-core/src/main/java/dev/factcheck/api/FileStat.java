package dev.factcheck.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A source's size and last-modified time, which stand for its content in the cache as they do in git's index: a
 * source whose stat is unchanged is not read again. Internal.
 *
 * @param size the size in bytes, or {@code -1} for a stat that matches none ({@link #UNKNOWN})
 * @param modified the last-modified time in nanoseconds since the epoch, as precise as the file system keeps it
 */
record FileStat(long size, long modified) {
    /** A stat no file has, for a source whose content must be hashed to be trusted. */
    static final FileStat UNKNOWN = new FileStat(-1, 0);

    /**
     * How close to the check a source may have changed and still be trusted by its stat: a file changed again within
     * the same tick of a coarse clock (FAT keeps two seconds) would keep its time and, if its size stays, its stat.
     */
    private static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(3);

    /** The stat of {@code file}, or empty when it cannot be told: reading the file will say why. */
    static Optional<FileStat> of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return Optional.of(new FileStat(
                    attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /**
     * The stat of {@code file} now, {@link #UNKNOWN} when it changed too lately to be trusted, or empty when it cannot
     * be told.
     */
    static Optional<FileStat> trustedOf(Path file) {
        return of(file).map(s -> s.trusted(TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis())));
    }

    /** This stat, or {@link #UNKNOWN} when the file changed so lately (or in the future) that it could still change. */
    FileStat trusted(long nowNanos) {
        return nowNanos - modified < RACY_NANOS ? UNKNOWN : this;
    }

    boolean isKnown() {
        return size >= 0;
    }
}
