package dev.factcheck.report;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.ClaimResult;
import dev.factcheck.compare.Verdict;
import dev.factcheck.extract.Mention;
import dev.factcheck.quantity.IntervalFormat;
import dev.factcheck.source.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The console report: for each claim one line {@code path:line:column: severity: message [claim-id]} (a divergence
 * placed at the mention most contradicted, anything else at the claim in its rule file), the evidence under it, one
 * mention a line, and a summary line last.
 */
public final class ConsoleReport {
    /** How many evidence lines a claim shows before it says how many more there are. */
    static final int MAX_EVIDENCE = 10;

    private ConsoleReport() {}

    public static List<ConsoleLine> render(CheckResult result) {
        List<ConsoleLine> lines = new ArrayList<>();
        for (ClaimResult claim : result.claims()) {
            Severity severity = severityOf(claim);
            lines.add(new ConsoleLine(
                    severity,
                    location(claim) + ": " + severity.label() + ": " + claim.message() + accepted(claim) + " ["
                            + claim.id() + "]"));
            evidence(claim).forEach(text -> lines.add(new ConsoleLine(severity, text)));
        }
        lines.add(new ConsoleLine(Severity.INFO, Summary.of(result)));
        return lines;
    }

    /** Problems carry the claim's severity; agreements, single sources and accepted divergences are information. */
    static Severity severityOf(ClaimResult claim) {
        return claim.isFailing() ? claim.claim().severity() : Severity.INFO;
    }

    private static String accepted(ClaimResult claim) {
        return claim.accepted()
                .map(a -> " (accepted by the baseline until " + a.expires() + ": " + a.reason() + ")")
                .orElse("");
    }

    private static String location(ClaimResult claim) {
        if (claim.verdict() == Verdict.DIVERGE) {
            return claim.conflicts().get(0).second().location();
        }
        return claim.claim().rulesFile() + ":" + claim.claim().position();
    }

    private static List<String> evidence(ClaimResult claim) {
        Set<Mention> conflicting = claim.conflicts().stream()
                .flatMap(c -> java.util.stream.Stream.of(c.first(), c.second()))
                .collect(Collectors.toSet());
        List<String> lines = new ArrayList<>();
        claim.claim()
                .expected()
                .ifPresent(
                        e -> lines.add("    expected: '" + e.text() + "' = " + IntervalFormat.describe(e.quantity())));
        claim.mentions().stream()
                .limit(MAX_EVIDENCE)
                .forEach(m -> lines.add("    " + m.location() + ": '" + m.text() + "' = "
                        + MentionReading.describe(m)
                        + (conflicting.contains(m) ? "  <- conflicts" : "")));
        int more = claim.mentions().size() - MAX_EVIDENCE;
        if (more > 0) {
            lines.add("    ... and " + more + " more mentions (see report.json)");
        }
        return lines;
    }
}
