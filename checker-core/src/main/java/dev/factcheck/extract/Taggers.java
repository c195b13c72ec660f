package dev.factcheck.extract;

/**
 * A part-of-speech tagger per thread, made when that thread first needs tags, with the sums it remembers for the words
 * it has tagged. Making a tagger costs about as much as tagging a page, and a fresh one relearns every word, so
 * extractors that run one after another on the same threads can share one {@code Taggers}. Tags are the same with a
 * shared or a fresh one. Thread-safe: no thread uses another's tagger. Internal, may change.
 */
public final class Taggers {
    private final ThreadLocal<Tagger> perThread = ThreadLocal.withInitial(Tagger::new);

    /** This thread's tagger. */
    Tagger get() {
        return perThread.get();
    }
}
