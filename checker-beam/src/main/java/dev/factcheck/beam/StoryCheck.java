package dev.factcheck.beam;

import dev.factcheck.api.FactCheck;
import dev.factcheck.api.ReadingMemory;
import dev.factcheck.compare.CheckResult;
import dev.factcheck.report.JsonReport;
import dev.factcheck.source.InputException;
import dev.factcheck.source.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Checks one story of an archive as {@code mvn factcheck:verify} does in a project whose folder is the archive root
 * and whose {@code <rules>} is that story's rule file: paths in the report are relative to the archive root. One
 * thread, since the pipeline runs many stories at once. No Beam here, so a plain loop can check the same way.
 */
final class StoryCheck {
    private final Path archiveRoot;
    private final ReadingMemory memory;

    StoryCheck(Path archiveRoot) {
        this(archiveRoot, new ReadingMemory());
    }

    /** Checks whose taggers are {@code memory}'s, shared with the other stories a worker checks. */
    StoryCheck(Path archiveRoot, ReadingMemory memory) {
        this.archiveRoot =
                Objects.requireNonNull(archiveRoot, "archiveRoot == null").toAbsolutePath();
        this.memory = Objects.requireNonNull(memory, "memory == null");
    }

    /** The report of the story whose rule file is {@code rulesFile} (relative to the root, with {@code /}). */
    StoryReport check(String rulesFile) {
        try {
            return check(rulesFile, load(rulesFile));
        } catch (InputException e) {
            return failed(rulesFile, e);
        }
    }

    /** The report of the story whose rule file is {@code rulesFile}, its rules {@link #load loaded} already. */
    StoryReport check(String rulesFile, FactCheck loaded) {
        try {
            CheckResult result = loaded.check();
            return new StoryReport(
                    StoryOutcome.checked(Archive.storyOf(rulesFile), VerdictCounts.of(result)),
                    JsonReport.render(result));
        } catch (InputException e) {
            return failed(rulesFile, e);
        }
    }

    /** The report of a story that could not be checked: its problems, no report file. */
    StoryReport failed(String rulesFile, InputException e) {
        return StoryReport.failed(StoryOutcome.failed(
                Archive.storyOf(rulesFile),
                e.problems().stream().map(Problem::render).toList()));
    }

    /**
     * The story's check, its rule file read now.
     *
     * @throws InputException listing the rule file's problems
     */
    FactCheck load(String rulesFile) {
        return FactCheck.builder()
                .rules(archiveRoot.resolve(rulesFile))
                .workingDirectory(archiveRoot)
                .threads(1)
                .readingMemory(memory)
                .build();
    }

    /** The files relative to the archive root, with {@code /}, as they travel between workers. */
    List<String> relative(List<Path> files) {
        return files.stream()
                .map(f -> archiveRoot.relativize(f).toString().replace('\\', '/'))
                .toList();
    }

    /** The files that {@link #relative} gave. */
    List<Path> absolute(List<String> files) {
        return files.stream().map(archiveRoot::resolve).toList();
    }
}
