package dev.factcheck.api;

import dev.factcheck.extract.Taggers;

/**
 * What reading learns that holds whatever the rules: on each thread, a part-of-speech tagger and the sums it remembers
 * for the words it has tagged. Each check made by {@link FactCheckBuilder#build()} has its own unless given one
 * ({@link FactCheckBuilder#readingMemory}); checks given the same one share it, which pays when many small checks run
 * one after another on few threads, as an archive's stories do on a pipeline's workers: making a tagger costs about as
 * much as tagging a page, and a fresh one relearns every word. Results are the same with a shared memory or a fresh
 * one. Thread-safe: no thread uses another's tagger. It keeps a tagger (a few MB at most) for each thread that used it,
 * for as long as the memory is reachable.
 */
public final class ReadingMemory {
    private final Taggers taggers = new Taggers();

    Taggers taggers() {
        return taggers;
    }
}
