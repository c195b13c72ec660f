package dev.factcheck.api;

import dev.factcheck.extract.Mention;
import dev.factcheck.source.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Reads the chosen sources and extracts them for their stories on a pool of threads, a batch at a time: the batch's
 * files are read in parallel, each story's year is settled in source order, then every extraction of the batch runs in
 * parallel, and the results are recorded in source order. So a check gives the same result with any number of
 * threads, and holds at most one batch of source texts (a few files per thread, and a few tens of MB) at a time. A
 * story's cache spares the extraction of a source it holds, and, when its size and time are unchanged, its reading.
 */
final class SourceBatches {
    /** Files per batch and thread: enough to keep every thread busy across uneven files. */
    private static final int FILES_PER_THREAD = 16;

    /** The bytes a batch reads at most, unless one file is larger. */
    private static final long BATCH_BYTES = 32L << 20;

    private final SourceLook look;
    private final Workers workers;
    private final CacheCount count;

    SourceBatches(SourceChoice choice, Workers workers, CacheCount count) {
        this.look = new SourceLook(choice);
        this.workers = workers;
        this.count = count;
    }

    /** One story's extraction of one source, with the year it is given. */
    private record Extraction(StoryRun story, SourceRead source, OptionalInt year) {}

    /** Reads every file for its stories, adding what cannot be read to {@code problems}, telling each file done. */
    void readAll(Map<Path, List<StoryRun>> stories, List<Problem> problems, Consumer<Path> done) {
        List<Path> files = List.copyOf(stories.keySet());
        int from = 0;
        while (from < files.size()) {
            int to = batchEnd(files, from);
            List<SourceRead> reads = workers.map(files.subList(from, to), file -> look.look(file, stories.get(file)));
            List<Extraction> extractions = new ArrayList<>();
            for (SourceRead read : reads) {
                countRead(read);
                problems.addAll(read.problems());
                if (read.isUsable()) {
                    plan(stories.get(read.file()), read, extractions);
                }
            }
            run(extractions, problems);
            reads.forEach(read -> done.accept(read.file()));
            from = to;
        }
        settleWaiting(
                new LinkedHashSet<>(
                        stories.values().stream().flatMap(List::stream).toList()),
                problems);
    }

    /** Settles each story's year for this source, in source order, and plans its extraction or makes it wait. */
    private void plan(List<StoryRun> stories, SourceRead read, List<Extraction> extractions) {
        for (StoryRun story : stories) {
            OptionalInt year = story.yearFor(read.year());
            if (year.isPresent()) {
                route(story, read, year, extractions);
            } else {
                story.await(read);
            }
        }
    }

    /** Extracts the sources that waited for their story's year, now that every source has been seen. */
    private void settleWaiting(Iterable<StoryRun> stories, List<Problem> problems) {
        List<Extraction> extractions = new ArrayList<>();
        for (StoryRun story : stories) {
            story.takeWaiting().forEach(read -> route(story, read, story.year(), extractions));
        }
        run(extractions, problems);
    }

    /** Takes the source's mentions from the story's cache when it holds them, else plans its extraction. */
    private void route(StoryRun story, SourceRead read, OptionalInt year, List<Extraction> extractions) {
        Optional<CacheEntry> cached = story.cached(read, year);
        if (cached.isPresent()) {
            count.reused();
            story.found(read, year, cached.get().mentions());
        } else {
            extractions.add(new Extraction(story, read, year));
        }
    }

    /** Runs the extractions in parallel, reading first the sources trusted unread that must be extracted after all. */
    private void run(List<Extraction> planned, List<Problem> problems) {
        List<Extraction> extractions = new ArrayList<>();
        for (Extraction e : workers.map(planned, this::withText)) {
            problems.addAll(e.source().problems());
            if (e.source().source().isPresent()) {
                extractions.add(e);
            }
        }
        List<Map<String, List<Mention>>> found = workers.map(
                extractions, e -> e.story().extract(e.source().source().orElseThrow(), e.year()));
        for (int i = 0; i < extractions.size(); i++) {
            Extraction e = extractions.get(i);
            count.extracted();
            e.story().found(e.source(), e.year(), found.get(i));
        }
    }

    /** The extraction with its source's text, read now when it was trusted unread. */
    private Extraction withText(Extraction extraction) {
        if (extraction.source().source().isPresent()) {
            return extraction;
        }
        return new Extraction(extraction.story(), look.read(extraction.source().file()), extraction.year());
    }

    private void countRead(SourceRead read) {
        if (read.source().isPresent() || !read.isUsable()) {
            count.read();
        } else {
            count.unread();
        }
    }

    /** The end of the batch that starts at {@code from}: so many files per thread, and no more bytes than allowed. */
    private int batchEnd(List<Path> files, int from) {
        int limit = Math.min(files.size(), from + FILES_PER_THREAD * workers.threads());
        long bytes = 0;
        int to = from;
        while (to < limit && (to == from || bytes + look.size(files.get(to)) <= BATCH_BYTES)) {
            bytes += look.size(files.get(to));
            to++;
        }
        return to;
    }
}
