package dev.factcheck.report;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.ClaimResult;
import java.util.List;
import java.util.Optional;

/**
 * One claim's console lines, its finding then its evidence, as the console report prints them; and the note on a
 * divergence the baseline accepts. Internal.
 */
final class ClaimLines {
    private ClaimLines() {}

    static List<String> of(ClaimResult claim) {
        List<ConsoleLine> lines = ConsoleReport.render(new CheckResult(List.of(claim)));
        // the console report of one claim ends with its summary line, which is about the whole run
        return lines.subList(0, lines.size() - 1).stream()
                .map(ConsoleLine::text)
                .toList();
    }

    /** {@code accepted by the baseline until 2027-01-31: reason}, when the baseline accepts the claim's problem. */
    static Optional<String> acceptance(ClaimResult claim) {
        return claim.accepted().map(a -> "accepted by the baseline until " + a.expires() + ": " + a.reason());
    }
}
