package dev.factcheck.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Accepted divergences: for each, the claim, the fingerprint of the evidence accepted, a reason and an expiry date.
 * Applied to a result, an entry that matches a diverging claim's current evidence and has not expired accepts it: the
 * claim is still reported, but no longer fails. An expired entry, or one whose evidence has changed since, accepts
 * nothing and says so in the claim's message.
 */
public record Baseline(List<Entry> entries) {
    /** One accepted divergence. */
    public record Entry(String claim, String fingerprint, String reason, LocalDate expires) {
        public Entry {
            Objects.requireNonNull(claim, "claim == null");
            Objects.requireNonNull(fingerprint, "fingerprint == null");
            Objects.requireNonNull(reason, "reason == null");
            Objects.requireNonNull(expires, "expires == null");
        }
    }

    public static final Baseline EMPTY = new Baseline(List.of());

    public Baseline {
        entries = List.copyOf(entries);
    }

    /** A baseline accepting every problem of a result, as {@code factcheck:baseline} writes it. */
    public static Baseline of(CheckResult result, String reason, LocalDate expires) {
        return new Baseline(result.claims().stream()
                .filter(c -> c.verdict().isProblem())
                .map(c -> new Entry(c.id(), c.fingerprint(), reason, expires))
                .toList());
    }

    /** The result with each matching, unexpired entry's acceptance; {@code today} decides what has expired. */
    public CheckResult apply(CheckResult result, LocalDate today) {
        List<ClaimResult> claims = new ArrayList<>();
        for (ClaimResult claim : result.claims()) {
            claims.add(entryFor(claim.id()).map(e -> applied(claim, e, today)).orElse(claim));
        }
        return new CheckResult(claims);
    }

    private Optional<Entry> entryFor(String claim) {
        return entries.stream().filter(e -> e.claim().equals(claim)).findFirst();
    }

    private static ClaimResult applied(ClaimResult claim, Entry entry, LocalDate today) {
        if (!claim.verdict().isProblem()) {
            return claim;
        }
        if (!entry.fingerprint().equals(claim.fingerprint())) {
            return claim.note("the baseline accepted other evidence for this claim; it has changed since");
        }
        if (entry.expires().isBefore(today)) {
            return claim.note("the baseline acceptance expired on " + entry.expires());
        }
        return claim.accept(new Acceptance(entry.reason(), entry.expires()));
    }
}
