package dev.factcheck.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The directory Maven was started in: relative parameters resolve against it, and paths shown to users are relative
 * to it, with {@code /}.
 */
record WorkingDirectory(Path root) {
    WorkingDirectory {
        root = root.toAbsolutePath().normalize();
    }

    static WorkingDirectory of(String directory) {
        return new WorkingDirectory(Path.of(directory));
    }

    /** The path a parameter names: as given when absolute, else under the root. */
    Path resolve(String path) {
        return root.resolve(path).normalize();
    }

    /**
     * A path as users read it: relative to the root, with {@code ../} when outside it (absolute only on another drive),
     * always with {@code /}.
     */
    String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = Objects.equals(absolute.getRoot(), root.getRoot()) ? root.relativize(absolute) : absolute;
        return shown.toString().replace(File.separatorChar, '/');
    }
}
