package dev.factcheck.api;

import java.nio.file.Path;

/**
 * Shows paths to users relative to the folder the check runs in ({@code ../} where needed), with {@code /} whatever
 * the platform, and knows the output folder, whose reports are never read as sources.
 */
final class Paths {
    /** Where the plugin writes reports unless told otherwise, relative to the working directory. */
    static final Path DEFAULT_OUTPUT = Path.of("target", "factcheck");

    private final Path workingDirectory;
    private final Path outputDirectory;

    Paths(Path workingDirectory) {
        this(workingDirectory, DEFAULT_OUTPUT);
    }

    Paths(Path workingDirectory, Path outputDirectory) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.outputDirectory = resolve(outputDirectory);
    }

    /** Whether {@code file} lies in the output folder: factcheck's own reports, never a source. */
    boolean isOutput(Path file) {
        return resolve(file).startsWith(outputDirectory);
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
