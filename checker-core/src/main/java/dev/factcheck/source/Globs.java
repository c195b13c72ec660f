package dev.factcheck.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the files a glob names, relative to a folder: {@code *} within one folder, {@code **} across folders, as in
 * {@link java.nio.file.FileSystem#getPathMatcher}. Results are sorted so that every run reads them in one order.
 * Internal, may change.
 */
public final class Globs {
    private Globs() {}

    /** The regular files under {@code folder} that {@code glob} matches, sorted; empty when none does. */
    public static List<Path> find(Path folder, String glob) {
        Path base = folder.toAbsolutePath().normalize();
        String pattern = base.resolve(glob).normalize().toString();
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + escapeForGlob(base, pattern));
        Path root = walkRoot(base.resolve(glob).normalize());
        if (!Files.isDirectory(root)) {
            return Files.isRegularFile(root) ? List.of(root) : List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(matcher::matches)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The deepest folder of the pattern that has no glob character, where the walk starts. */
    private static Path walkRoot(Path pattern) {
        Path root = pattern.getRoot();
        for (Path part : pattern) {
            if (part.toString().matches(".*[*?\\[{].*")) {
                return root;
            }
            root = root == null ? part : root.resolve(part);
        }
        return root;
    }

    private static String escapeForGlob(Path base, String pattern) {
        String prefix = base.toString();
        String escapedPrefix = prefix.replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1");
        return pattern.startsWith(prefix) ? escapedPrefix + pattern.substring(prefix.length()) : pattern;
    }
}
