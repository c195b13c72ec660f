package dev.factcheck.beam;

import dev.factcheck.api.FactCheck;
import dev.factcheck.api.StoryPart;
import dev.factcheck.api.StorySplit;
import dev.factcheck.compare.CheckResult;
import dev.factcheck.report.JsonReport;
import dev.factcheck.source.InputException;
import dev.factcheck.source.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A story too large for one worker, checked in parts: runs of its sources of at most {@code maxStoryBytes} each (a
 * larger source alone), in source order, each extracted on its own, then combined into the report a whole check
 * writes. No Beam here, so that the tests can drive each step.
 */
final class StoryParts {
    private final StoryCheck stories;
    private final long maxStoryBytes;

    StoryParts(StoryCheck stories, long maxStoryBytes) {
        this.stories = stories;
        this.maxStoryBytes = maxStoryBytes;
    }

    /**
     * The parts of the story whose rules are {@code loaded} when its sources exceed the bound; empty when it is checked
     * whole (or cannot be split).
     */
    List<PartTask> plan(String rulesFile, FactCheck loaded) {
        try {
            StorySplit split = loaded.split();
            List<Path> sources = split.sources();
            List<List<Path>> runs = runs(sources);
            if (runs.size() < 2) {
                return List.of();
            }
            OptionalInt year = split.year(sources);
            List<PartTask> tasks = new ArrayList<>();
            for (List<Path> run : runs) {
                tasks.add(new PartTask(rulesFile, tasks.size(), stories.relative(run), year));
            }
            return tasks;
        } catch (InputException e) {
            // the whole check reports the story's problems as it always does
            return List.of();
        }
    }

    /** What one part finds; a part whose rules can no longer be read holds their problems. */
    static IndexedPart extract(StoryCheck stories, PartTask task) {
        try {
            StorySplit split = stories.load(task.rulesFile()).split();
            return new IndexedPart(task.index(), split.extract(stories.absolute(task.sources()), task.year()));
        } catch (InputException e) {
            return new IndexedPart(task.index(), new StoryPart(Map.of(), e.problems()));
        }
    }

    /** The story's report from all of its parts, in any order. */
    static StoryReport combine(StoryCheck stories, String rulesFile, Iterable<IndexedPart> parts) {
        List<IndexedPart> sorted = new ArrayList<>();
        parts.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(IndexedPart::index));
        String story = Archive.storyOf(rulesFile);
        try {
            CheckResult result = stories.load(rulesFile)
                    .split()
                    .combine(sorted.stream().map(IndexedPart::part).toList());
            return new StoryReport(StoryOutcome.checked(story, VerdictCounts.of(result)), JsonReport.render(result));
        } catch (InputException e) {
            return StoryReport.failed(StoryOutcome.failed(
                    story, e.problems().stream().map(Problem::render).toList()));
        }
    }

    /** Consecutive sources of at most the bound together, each run at least one source. */
    private List<List<Path>> runs(List<Path> sources) {
        List<List<Path>> runs = new ArrayList<>();
        List<Path> run = new ArrayList<>();
        long bytes = 0;
        for (Path source : sources) {
            long size = size(source);
            if (!run.isEmpty() && bytes + size > maxStoryBytes) {
                runs.add(run);
                run = new ArrayList<>();
                bytes = 0;
            }
            run.add(source);
            bytes += size;
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    /** The file's size, or 0 when it cannot be told: extracting it will say why. */
    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
