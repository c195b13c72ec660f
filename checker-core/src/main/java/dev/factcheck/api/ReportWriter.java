package dev.factcheck.api;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.report.ReportFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a result's report files into an output directory, one per chosen format that has a file, each streamed to
 * its file as it is produced. Internal.
 */
final class ReportWriter {
    private ReportWriter() {}

    /** The files written, in {@link ReportFormat} order; the console is printed by the caller, never written. */
    static List<Path> write(CheckResult result, Set<ReportFormat> formats, Path outputDirectory) {
        Objects.requireNonNull(result, "result == null");
        Objects.requireNonNull(formats, "formats == null");
        Objects.requireNonNull(outputDirectory, "outputDirectory == null");
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : ReportFormat.values()) {
            Optional<String> fileName = format.fileName();
            if (formats.contains(format) && fileName.isPresent()) {
                written.add(
                        OutputFile.write(outputDirectory.resolve(fileName.get()), out -> format.write(result, out)));
            }
        }
        return List.copyOf(written);
    }
}
