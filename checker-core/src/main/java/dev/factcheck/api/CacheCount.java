package dev.factcheck.api;

/**
 * What one check did with the cache, so that tests can see reuse without timing it: the sources it read and those it
 * trusted by their stat, and the extractions it ran and those it took from the cache. One per check, updated on the
 * checking thread only. Internal.
 */
final class CacheCount {
    private int read;
    private int unread;
    private int extracted;
    private int reused;

    void read() {
        read++;
    }

    void unread() {
        unread++;
    }

    void extracted() {
        extracted++;
    }

    void reused() {
        reused++;
    }

    /** Sources read (and hashed, when caching). */
    int sourcesRead() {
        return read;
    }

    /** Sources trusted by their unchanged size and time, not read at all. */
    int sourcesUnread() {
        return unread;
    }

    /** Story-and-source extractions run. */
    int extractions() {
        return extracted;
    }

    /** Story-and-source extractions taken from the cache. */
    int reuses() {
        return reused;
    }

    @Override
    public String toString() {
        return "read " + read + ", unread " + unread + ", extracted " + extracted + ", reused " + reused;
    }
}
