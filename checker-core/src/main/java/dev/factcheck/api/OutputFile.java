package dev.factcheck.api;

import dev.factcheck.source.InputException;
import dev.factcheck.source.Problem;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Writes a file that factcheck produces (a report, {@code mentions.json}, a baseline) so that readers only ever see
 * a whole one: the text goes to a temporary file in the same folder, which is then renamed into place. A run killed
 * half-way leaves the previous file, or none, never a truncated one. Internal.
 */
final class OutputFile {
    private OutputFile() {}

    /**
     * Writes {@code text} to {@code file} as UTF-8, creating its folder; returns {@code file}.
     *
     * @throws InputException naming the folder that cannot be created or the file that cannot be written
     */
    static Path write(Path file, String text) {
        return write(file, out -> out.write(text));
    }

    /**
     * Writes what {@code content} produces to {@code file} as UTF-8 through a buffer, as it is produced, so that a
     * large report is never held in memory whole; creates the folder and returns {@code file}.
     *
     * @throws InputException naming the folder that cannot be created or the file that cannot be written
     */
    static Path write(Path file, Content content) {
        Path folder = createFolder(file.toAbsolutePath().getParent(), file.getParent());
        Path temp = createTemp(folder, file);
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
            moveIntoPlace(temp, file);
        } catch (IOException e) {
            String left = isDeleted(temp) ? "" : " (" + temp.getFileName() + " is left behind)";
            throw InputException.of(Problem.in(shown(file), "cannot write this file: " + reason(e) + left));
        } catch (RuntimeException e) {
            // a renderer's bug: leave no half-written temporary file beside the report
            isDeleted(temp);
            throw e;
        }
        return file;
    }

    /** What writes a file's text to a writer, which it must not close. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** Renames atomically where the file system can, else replaces the old file in one move. */
    static void moveIntoPlace(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path createFolder(Path absolute, Path asGiven) {
        try {
            return Files.createDirectories(absolute);
        } catch (IOException e) {
            throw InputException.of(Problem.in(
                    shown(asGiven == null ? absolute : asGiven),
                    "cannot create the output folder: " + blocker(absolute).orElse(reason(e))));
        }
    }

    /** A file where a folder of the path should be, which is what usually stops the folder being created. */
    private static Optional<String> blocker(Path folder) {
        for (Path at = folder; at != null; at = at.getParent()) {
            if (Files.exists(at) && !Files.isDirectory(at)) {
                return Optional.of("'" + at.getFileName() + "' is a file, not a folder: move it away or"
                        + " choose another output folder");
            }
        }
        return Optional.empty();
    }

    private static Path createTemp(Path folder, Path file) {
        try {
            return Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw InputException.of(Problem.in(shown(folder), "cannot write into the output folder: " + reason(e)));
        }
    }

    private static boolean isDeleted(Path temp) {
        try {
            Files.deleteIfExists(temp);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException failed && failed.getReason() != null) {
            return failed.getReason();
        }
        return e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + " " + e.getMessage();
    }

    private static String shown(Path path) {
        return path.toString().replace('\\', '/');
    }
}
