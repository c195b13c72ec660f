package dev.factcheck.api;

import dev.factcheck.report.ReportFormat;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a build gate asks of a check besides its verdicts: the reports to produce and where, and the baseline whose
 * acceptances apply on {@code today}.
 *
 * @param formats the reports to produce; {@link ReportFormat#CONSOLE} gives the outcome's console lines
 * @param outputDirectory where the report files are written
 * @param baseline the baseline file, relative to the working directory, or empty for none
 * @param today the date against which the baseline's acceptances expire
 */
public record GateOptions(Set<ReportFormat> formats, Path outputDirectory, Optional<Path> baseline, LocalDate today) {
    public GateOptions {
        formats = Set.copyOf(formats);
        Objects.requireNonNull(outputDirectory, "outputDirectory == null");
        Objects.requireNonNull(baseline, "baseline == null");
        Objects.requireNonNull(today, "today == null");
    }
}
