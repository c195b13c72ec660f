package dev.factcheck.api;

import java.nio.file.Path;

/** Shows paths to users relative to the folder the check runs in, with {@code /} whatever the platform. */
final class Paths {
    private final Path workingDirectory;

    Paths(Path workingDirectory) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    Path resolve(Path path) {
        return workingDirectory.resolve(path).normalize();
    }

    String show(Path path) {
        Path absolute = resolve(path);
        Path shown = absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : absolute;
        String text = shown.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }
}
