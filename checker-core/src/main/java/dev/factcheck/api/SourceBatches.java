package dev.factcheck.api;

import dev.factcheck.extract.Mention;
import dev.factcheck.source.Problem;
import dev.factcheck.source.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Reads the chosen sources and extracts them for their stories on a pool of threads, a batch at a time: the batch's
 * files are read in parallel, each story's year is settled in source order, then every extraction of the batch runs in
 * parallel, and the results are recorded in source order. So a check gives the same result with any number of
 * threads, and holds at most one batch of source texts (a few files per thread, and a few tens of MB) at a time.
 */
final class SourceBatches {
    /** Files per batch and thread: enough to keep every thread busy across uneven files. */
    private static final int FILES_PER_THREAD = 16;

    /** The bytes a batch reads at most, unless one file is larger. */
    private static final long BATCH_BYTES = 32L << 20;

    private final SourceChoice choice;
    private final Workers workers;

    SourceBatches(SourceChoice choice, Workers workers) {
        this.choice = choice;
        this.workers = workers;
    }

    /** A source as read, or the problems that kept it from being read, and the year it names. */
    private record Read(Path file, Optional<SourceText> source, OptionalInt year, List<Problem> problems) {}

    /** One story's extraction of one source. */
    private record Extraction(StoryRun story, SourceText source, OptionalInt year) {}

    /** Reads every file for its stories, adding what cannot be read to {@code problems}, telling each file done. */
    void readAll(Map<Path, List<StoryRun>> stories, List<Problem> problems, Consumer<Path> done) {
        List<Path> files = List.copyOf(stories.keySet());
        int from = 0;
        while (from < files.size()) {
            int to = batchEnd(files, from);
            List<Path> batch = files.subList(from, to);
            if (batch.stream().allMatch(f -> stories.get(f).stream().allMatch(StoryRun::hasYear))) {
                readAndExtract(batch, stories, problems, done);
                from = to;
                continue;
            }
            List<Read> reads = workers.map(batch, this::read);
            List<Extraction> extractions = new ArrayList<>();
            for (Read read : reads) {
                problems.addAll(read.problems());
                read.source().ifPresent(source -> plan(stories.get(read.file()), read, source, extractions));
            }
            List<Map<String, List<Mention>>> found =
                    workers.map(extractions, e -> e.story().extract(e.source(), e.year()));
            for (int i = 0; i < extractions.size(); i++) {
                extractions.get(i).story().found(found.get(i));
            }
            reads.forEach(read -> done.accept(read.file()));
            from = to;
        }
    }

    /** A source read and extracted for each of its stories, on one thread. */
    private record Extracted(Read read, List<Map<String, List<Mention>>> found) {}

    /**
     * A batch whose stories all know their year: each file is read and extracted in one task, with no wait between
     * reading the batch and extracting it; results are recorded in source order.
     */
    private void readAndExtract(
            List<Path> batch, Map<Path, List<StoryRun>> stories, List<Problem> problems, Consumer<Path> done) {
        List<Extracted> results = workers.map(batch, file -> {
            Read read = read(file);
            List<Map<String, List<Mention>>> found = read.source()
                    .map(source -> stories.get(file).stream()
                            .map(story -> story.extract(source, story.year()))
                            .toList())
                    .orElse(List.of());
            return new Extracted(read, found);
        });
        for (Extracted result : results) {
            Path file = result.read().file();
            problems.addAll(result.read().problems());
            for (int i = 0; i < result.found().size(); i++) {
                stories.get(file).get(i).found(result.found().get(i));
            }
            done.accept(file);
        }
    }

    private Read read(Path file) {
        List<Problem> problems = new ArrayList<>();
        Optional<SourceText> source = choice.read(file, problems);
        OptionalInt year = source.map(s -> StoryYear.firstYear(s.text())).orElse(OptionalInt.empty());
        return new Read(file, source, year, problems);
    }

    /** Settles each story's year for this source, in source order, and plans its extraction or makes it wait. */
    private static void plan(List<StoryRun> stories, Read read, SourceText source, List<Extraction> extractions) {
        for (StoryRun story : stories) {
            OptionalInt year = story.yearFor(read.year());
            if (year.isPresent()) {
                extractions.add(new Extraction(story, source, year));
            } else {
                story.await(read.file());
            }
        }
    }

    /** The end of the batch that starts at {@code from}: so many files per thread, and no more bytes than allowed. */
    private int batchEnd(List<Path> files, int from) {
        int limit = Math.min(files.size(), from + FILES_PER_THREAD * workers.threads());
        long bytes = 0;
        int to = from;
        while (to < limit) {
            bytes += size(files.get(to));
            if (to > from && bytes > BATCH_BYTES) {
                return to;
            }
            to++;
        }
        return to;
    }

    /** The file's size, or 0 when it cannot be told: reading it will say why. */
    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
