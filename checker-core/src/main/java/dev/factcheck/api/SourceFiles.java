package dev.factcheck.api;

import dev.factcheck.source.Globs;
import dev.factcheck.source.InputException;
import dev.factcheck.source.Problem;
import dev.factcheck.source.ReadLimit;
import dev.factcheck.source.SourceReader;
import dev.factcheck.source.SourceText;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The sources a caller hands to a check: files and folders on disk, or texts held in memory. */
final class SourceFiles {
    private SourceFiles() {}

    /**
     * Reads each file, and every file under each folder in path order except hidden ones and those in the output
     * folder, each once, in the order given.
     *
     * @throws InputException listing every path that does not exist and every source that could not be read
     */
    static List<SourceText> read(Path[] sources, Paths paths, ReadLimit limit) {
        Objects.requireNonNull(sources, "sources == null");
        List<Problem> problems = new ArrayList<>();
        Set<Path> files = new LinkedHashSet<>();
        for (Path source : sources) {
            files.addAll(filesOf(Objects.requireNonNull(source, "sources holds null"), paths, problems));
        }
        List<SourceText> texts = new ArrayList<>();
        for (Path file : files) {
            try {
                texts.add(SourceReader.read(file, paths.show(file), limit));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return texts;
    }

    /** The texts in the order of their names, so that a result never depends on a map's order. */
    static List<SourceText> of(Map<String, String> texts) {
        Objects.requireNonNull(texts, "texts == null");
        return texts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> SourceText.of(e.getKey(), e.getValue()))
                .toList();
    }

    /** A file or folder whose name starts with a dot ({@code .DS_Store}, {@code .git}) is no article. */
    private static boolean isHidden(Path relative) {
        for (Path name : relative) {
            if (name.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> filesOf(Path source, Paths paths, List<Problem> problems) {
        Path resolved = paths.resolve(source);
        if (Files.isRegularFile(resolved)) {
            return List.of(resolved);
        }
        if (!Files.isDirectory(resolved)) {
            problems.add(Problem.in(paths.show(source), "no such source file or folder"));
            return List.of();
        }
        try {
            List<Path> found = Globs.find(resolved, "**").stream()
                    .filter(file -> !isHidden(resolved.relativize(file)) && !paths.isOutput(file))
                    .toList();
            if (found.isEmpty()) {
                problems.add(Problem.in(paths.show(source), "no source files in this folder"));
            }
            return found;
        } catch (UncheckedIOException e) {
            problems.add(Problem.in(
                    paths.show(source),
                    "cannot list source folder: " + e.getCause().getMessage()));
            return List.of();
        }
    }
}
