package dev.factcheck.api;

import dev.factcheck.api.StoryRun.Found;
import dev.factcheck.compare.ClaimResult;
import dev.factcheck.extract.Mention;
import dev.factcheck.source.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    /** A source to settle for one story whose year is known. */
    private record Planned(StoryRun story, SourceRead source) {}

    /**
     * Each file to read, once, in order, and the stories that read it, aligned: a {@link PathList} and shared lists of
     * stories, not a map with a list per file, so that a corpus of a million files does not hold a million of each.
     */
    record Readers(PathList files, List<List<StoryRun>> stories) {
        Readers {
            stories = List.copyOf(stories);
        }

        /** The files of every story (each story's once, as its globs chose them), with the stories that read each. */
        static Readers of(List<StoryRun> runs) {
            if (runs.size() == 1) {
                StoryRun only = runs.get(0);
                return new Readers(
                        only.files(), Collections.nCopies(only.files().size(), List.of(only)));
            }
            Map<Path, List<StoryRun>> readers = new LinkedHashMap<>();
            // most files are read by the same few stories: each set of them is one list, shared by its files
            Map<List<StoryRun>, List<StoryRun>> shared = new HashMap<>();
            for (StoryRun run : runs) {
                for (Path file : run.files()) {
                    List<StoryRun> readBy = new ArrayList<>(readers.getOrDefault(file, List.of()));
                    readBy.add(run);
                    readers.put(file, shared.computeIfAbsent(List.copyOf(readBy), set -> set));
                }
            }
            return new Readers(PathList.copyOf(readers.keySet()), List.copyOf(readers.values()));
        }
    }

    /** A file of a batch and the stories that read it. */
    private record Chosen(Path file, List<StoryRun> stories) {}

    /** Reads every file for its stories, adding what cannot be read to {@code problems}, telling each file done. */
    void readAll(Readers readers, List<Problem> problems, Consumer<Path> done) {
        int from = 0;
        while (from < readers.files().size()) {
            int to = batchEnd(readers.files(), from);
            List<Chosen> batch = new ArrayList<>();
            for (int i = from; i < to; i++) {
                batch.add(new Chosen(readers.files().get(i), readers.stories().get(i)));
            }
            if (batch.stream().allMatch(c -> c.stories().stream().allMatch(StoryRun::hasYear))) {
                readAndSettle(batch, problems);
            } else {
                readThenSettle(batch, problems);
            }
            batch.forEach(c -> done.accept(c.file()));
            from = to;
        }
    }

    /**
     * Every story's results, once {@link #readAll} is done: the sources that waited for their story's year are
     * settled now, on this thread, and may fail now.
     */
    List<ClaimResult> finish(List<StoryRun> runs, List<Problem> problems) {
        List<ClaimResult> results = new ArrayList<>();
        runs.forEach(run -> results.addAll(run.finish(source -> recorded(settle(run, source), problems))));
        return results;
    }

    /** A source looked at, then settled for each of its stories, on one thread. */
    private record Settled(SourceRead look, SourceRead last, List<Found> found) {}

    /**
     * A batch whose stories all know their year: each file is looked at and settled in one task, with no wait between
     * reading the batch and extracting it; results are recorded in source order.
     */
    private void readAndSettle(List<Chosen> batch, List<Problem> problems) {
        List<Settled> results = workers.map(batch, c -> settleAll(look.look(c.file(), c.stories()), c.stories()));
        for (int b = 0; b < batch.size(); b++) {
            Settled result = results.get(b);
            countLook(result.look());
            problems.addAll(result.last().problems());
            List<StoryRun> readers = batch.get(b).stories();
            for (int i = 0; i < result.found().size(); i++) {
                readers.get(i).found(counted(result.found().get(i)));
            }
        }
    }

    /** The source settled for each story in turn, read at most once; stops at the first story it cannot be read for. */
    private Settled settleAll(SourceRead looked, List<StoryRun> readers) {
        List<Found> found = new ArrayList<>();
        SourceRead last = looked;
        for (StoryRun story : readers) {
            if (!last.isUsable()) {
                break;
            }
            Found one = settle(story, last);
            last = one.source();
            if (last.isUsable()) {
                found.add(one);
            }
        }
        return new Settled(looked, last, found);
    }

    /** A batch where some story still seeks its year: read all in parallel, settle the years in order, then extract. */
    private void readThenSettle(List<Chosen> batch, List<Problem> problems) {
        List<SourceRead> reads = workers.map(batch, c -> look.look(c.file(), c.stories()));
        List<Planned> planned = new ArrayList<>();
        for (int b = 0; b < batch.size(); b++) {
            SourceRead read = reads.get(b);
            countLook(read);
            problems.addAll(read.problems());
            if (read.isUsable()) {
                plan(batch.get(b).stories(), read, planned);
            }
        }
        List<Found> found = workers.map(planned, p -> settle(p.story(), p.source()));
        for (int i = 0; i < planned.size(); i++) {
            Planned p = planned.get(i);
            recorded(found.get(i), problems).ifPresent(p.story()::found);
        }
    }

    /** Settles each story's year for this source, in source order, and plans it or makes it wait. */
    private static void plan(List<StoryRun> stories, SourceRead read, List<Planned> planned) {
        for (StoryRun story : stories) {
            OptionalInt year = story.yearFor(read.year());
            if (year.isPresent()) {
                planned.add(new Planned(story, read));
            } else {
                story.await(read);
            }
        }
    }

    /**
     * The story's mentions of the source, from its cache, else extracted, the source read first when it was not;
     * thread-safe. When it cannot be read now, its read says why and the mentions are empty.
     */
    private Found settle(StoryRun story, SourceRead source) {
        Optional<Map<String, List<Mention>>> cached = story.cached(source);
        if (cached.isPresent()) {
            return new Found(source, cached.get(), true);
        }
        SourceRead read = source.source().isPresent() ? source : look.reread(source);
        return new Found(
                read,
                read.source().map(text -> story.extract(text, story.year())).orElse(Map.of()),
                false);
    }

    /** The settled source counted, or empty with its problems added when it could not be read. */
    private Optional<Found> recorded(Found found, List<Problem> problems) {
        if (!found.source().isUsable()) {
            problems.addAll(found.source().problems());
            return Optional.empty();
        }
        return Optional.of(counted(found));
    }

    private Found counted(Found found) {
        if (found.reused()) {
            count.reused();
        } else {
            count.extracted();
        }
        return found;
    }

    private void countLook(SourceRead read) {
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
        while (to < limit) {
            bytes += look.size(files.get(to));
            if (to > from && bytes > BATCH_BYTES) {
                return to;
            }
            to++;
        }
        return to;
    }
}
