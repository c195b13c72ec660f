package dev.factcheck.beam;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * An archive of stories: a folder in which each story is a folder holding a {@code rules.yaml}, whose {@code sources}
 * globs are relative to that folder (as the core reads every rule file), like {@code /work/shared/news/<story>/}.
 * Stories may nest at any depth; folders whose name starts with a dot are skipped, and so is the output folder when
 * it lies inside the archive.
 */
final class Archive {
    static final String RULES_FILE = "rules.yaml";

    private Archive() {}

    /** Every story's rule file, relative to {@code root} with {@code /}, in path order. */
    static List<String> rulesFiles(Path root, Path output) {
        Path skipped = output.toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().equals(RULES_FILE))
                    .filter(f -> !f.toAbsolutePath().normalize().startsWith(skipped))
                    .map(f -> root.relativize(f))
                    .filter(f -> !isHidden(f))
                    .map(f -> f.toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the archive " + root, e);
        }
    }

    /** The story a rule file belongs to: its folder relative to the root, {@code "."} for the root itself. */
    static String storyOf(String rulesFile) {
        int slash = rulesFile.lastIndexOf('/');
        return slash < 0 ? "." : rulesFile.substring(0, slash);
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
