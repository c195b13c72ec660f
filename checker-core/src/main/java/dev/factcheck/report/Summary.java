package dev.factcheck.report;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.Verdict;
import dev.factcheck.source.Severity;
import java.util.ArrayList;
import java.util.List;

/** The one-line summary: {@code factcheck: 5 claims, 4 agree, 1 diverges (1 warning)}. Internal. */
final class Summary {
    private Summary() {}

    static String of(CheckResult result) {
        List<String> parts = new ArrayList<>();
        parts.add(plural(result.claims().size(), "claim", "claims"));
        parts.add(result.count(Verdict.AGREE) + (result.count(Verdict.AGREE) == 1 ? " agrees" : " agree"));
        parts.add(result.count(Verdict.DIVERGE) + (result.count(Verdict.DIVERGE) == 1 ? " diverges" : " diverge"));
        addIfAny(parts, result.count(Verdict.SINGLE_SOURCE), "single-source");
        addIfAny(parts, result.count(Verdict.NOT_FOUND), "not found");
        addIfAny(
                parts,
                result.claims().stream().filter(c -> c.accepted().isPresent()).count(),
                "accepted");
        String counted = severities(result);
        return "factcheck: " + String.join(", ", parts) + (counted.isEmpty() ? "" : " (" + counted + ")");
    }

    private static void addIfAny(List<String> parts, long count, String label) {
        if (count > 0) {
            parts.add(count + " " + label);
        }
    }

    /** How many problems there are at each severity: {@code 1 error, 2 warnings}. */
    private static String severities(CheckResult result) {
        List<String> parts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            long count = result.claims().stream()
                    .filter(c -> c.isFailing() && c.claim().severity() == severity)
                    .count();
            if (count > 0) {
                parts.add(plural(count, severity.label(), severity.label() + "s"));
            }
        }
        return String.join(", ", parts);
    }

    private static String plural(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
