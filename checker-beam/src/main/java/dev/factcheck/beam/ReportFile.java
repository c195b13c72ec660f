package dev.factcheck.beam;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a report as UTF-8 through a temporary file renamed into place, as the core writes its reports: a worker
 * killed half-way, or a bundle that a runner retries, leaves a whole file or none, and a retry writes the same bytes.
 */
final class ReportFile {
    private ReportFile() {}

    static Path write(Path file, String text) {
        try {
            Path folder = Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            move(temp, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
