package dev.factcheck.compare;

import dev.factcheck.source.Severity;
import java.util.List;
import java.util.Optional;

/** The outcome of one check: a result per claim, in rule-file order. Immutable. */
public record CheckResult(List<ClaimResult> claims) {
    /** Copies the list, so that a result never changes. */
    public CheckResult {
        claims = List.copyOf(claims);
    }

    /** The result for a claim id, if the check had that claim. */
    public Optional<ClaimResult> claim(String id) {
        return claims.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** How many claims have {@code verdict}. */
    public long count(Verdict verdict) {
        return claims.stream().filter(c -> c.verdict() == verdict).count();
    }

    /** The claims whose mentions diverge, in rule-file order; empty when every claim's mentions can all be true. */
    public List<ClaimResult> divergences() {
        return claims.stream().filter(c -> c.verdict() == Verdict.DIVERGE).toList();
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
