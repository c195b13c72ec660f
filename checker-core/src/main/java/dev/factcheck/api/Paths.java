package dev.factcheck.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Shows paths to users relative to the folder the check runs in ({@code ../} where needed), with {@code /} whatever
 * the platform, and knows the output folder, whose reports are never read as sources.
 */
final class Paths {
    /** Where the plugin writes reports unless told otherwise, relative to the working directory. */
    static final Path DEFAULT_OUTPUT = Path.of("target", "factcheck");

    private final Path workingDirectory;
    /** The output folder, and the cache's folder when it lies elsewhere. */
    private final List<Path> outputDirectories;

    Paths(Path workingDirectory) {
        this(workingDirectory, DEFAULT_OUTPUT);
    }

    Paths(Path workingDirectory, Path outputDirectory) {
        this(workingDirectory.toAbsolutePath().normalize(), List.of(outputDirectory));
    }

    private Paths(Path absoluteWorkingDirectory, List<Path> outputDirectories) {
        this.workingDirectory = absoluteWorkingDirectory;
        this.outputDirectories = outputDirectories.stream().map(this::resolve).toList();
    }

    /** These paths, with {@code folder} (relative to the working directory) also never read as a source. */
    Paths alsoOutput(Path folder) {
        List<Path> all = new ArrayList<>(outputDirectories);
        all.add(folder);
        return new Paths(workingDirectory, all);
    }

    /** Whether {@code file} lies in an output folder: factcheck's own reports and cache, never a source. */
    boolean isOutput(Path file) {
        Path resolved = resolve(file);
        return outputDirectories.stream().anyMatch(resolved::startsWith);
    }

    Path resolve(Path path) {
        return workingDirectory.resolve(path).normalize();
    }

    String show(Path path) {
        Path absolute = resolve(path);
        String text = relative(absolute).toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }

    /** Relative to the working directory, climbing with {@code ..}; absolute on another drive or root. */
    private Path relative(Path absolute) {
        if (!absolute.isAbsolute() || !java.util.Objects.equals(absolute.getRoot(), workingDirectory.getRoot())) {
            return absolute;
        }
        return workingDirectory.relativize(absolute);
    }
}
