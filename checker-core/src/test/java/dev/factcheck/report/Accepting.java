package dev.factcheck.report;

import dev.factcheck.compare.Acceptance;
import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.ClaimResult;
import java.time.LocalDate;
import java.util.Optional;

/** A check result in which a baseline accepts one claim's divergence, for the renderers' tests. */
final class Accepting {
    static final Acceptance ACCEPTANCE = new Acceptance("the outlets differ on purpose", LocalDate.of(2027, 1, 31));

    private Accepting() {}

    /** {@code result} with the claim {@code id} accepted by the baseline. */
    static CheckResult accept(CheckResult result, String id) {
        return new CheckResult(result.claims().stream()
                .map(c -> c.id().equals(id) ? accepted(c) : c)
                .toList());
    }

    private static ClaimResult accepted(ClaimResult c) {
        return new ClaimResult(
                c.claim(), c.verdict(), c.message(), c.mentions(), c.conflicts(), Optional.of(ACCEPTANCE));
    }
}
