package dev.factcheck.compare;

import dev.factcheck.source.Severity;
import java.util.List;
import java.util.Optional;

/** The outcome of one check: a result per claim, in rule-file order. Immutable. */
public record CheckResult(List<ClaimResult> claims) {
    public CheckResult {
        claims = List.copyOf(claims);
    }

    /** The result for a claim id, if the check had that claim. */
    public Optional<ClaimResult> claim(String id) {
        return claims.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public long count(Verdict verdict) {
        return claims.stream().filter(c -> c.verdict() == verdict).count();
    }

    /**
     * Claims whose verdict is a problem at {@code threshold} or more serious, e.g. failing ones at {@code ERROR}; a
     * divergence a baseline accepts is not one.
     */
    public List<ClaimResult> problemsAtLeast(Severity threshold) {
        return claims.stream()
                .filter(c -> c.isFailing() && c.claim().severity().isAtLeast(threshold))
                .toList();
    }
}
