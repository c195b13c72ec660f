package dev.factcheck.api;

import dev.factcheck.report.ConsoleLine;
import dev.factcheck.source.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a build gate shows and decides: the console's lines, the report files, and the claims whose verdict is a
 * problem, with their severity.
 *
 * @param console the console report's lines, empty unless {@link dev.factcheck.report.ReportFormat#CONSOLE} was chosen
 * @param reports the report files, in {@link dev.factcheck.report.ReportFormat} order
 * @param problems the claims whose verdict is a problem (a divergence the baseline accepts is not), in rule-file order
 * @param unchanged whether nothing the outcome depends on changed since the last gate with this cache, so that the
 *     last outcome is given again and the report files are those it wrote
 */
public record GateOutcome(
        List<ConsoleLine> console, List<Path> reports, List<ClaimProblem> problems, boolean unchanged) {
    public GateOutcome {
        console = List.copyOf(console);
        reports = List.copyOf(reports);
        problems = List.copyOf(problems);
    }

    /** A claim whose verdict is a problem, and how serious its rule file says it is. */
    public record ClaimProblem(String claimId, Severity severity) {
        public ClaimProblem {
            Objects.requireNonNull(claimId, "claimId == null");
            Objects.requireNonNull(severity, "severity == null");
        }
    }

    /** The ids of the problems at {@code threshold} or more serious, in rule-file order. */
    public List<String> problemsAtLeast(Severity threshold) {
        return problems.stream()
                .filter(p -> p.severity().isAtLeast(threshold))
                .map(ClaimProblem::claimId)
                .toList();
    }
}
