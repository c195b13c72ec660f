package dev.factcheck.assertj;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.ClaimResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the result of a whole check: {@code assertThat(result).hasNoDivergences()}, or one claim's with
 * {@code assertThat(result).claim("meeting.length").agrees().hasMentionsIn(3)}. Failures quote the evidence with
 * positions.
 */
public final class CheckResultAssert extends AbstractAssert<CheckResultAssert, CheckResult> {
    /** Assertions on {@code actual}; start from {@link FactCheckAssertions#assertThat(CheckResult)}. */
    public CheckResultAssert(CheckResult actual) {
        super(actual, CheckResultAssert.class);
    }

    /**
     * Assertions on the result for the claim {@code id}, with this assertion's description.
     *
     * @throws AssertionError when the check had no claim {@code id}, listing the ids it had
     */
    public ClaimResultAssert claim(String id) {
        Objects.requireNonNull(id, "id == null");
        isNotNull();
        Optional<ClaimResult> claim = actual.claim(id);
        if (claim.isEmpty()) {
            failWithMessage(
                    "%s",
                    "Expecting the result to have claim '" + id + "' but its claims are: " + ids(actual.claims()));
        }
        return new ClaimResultAssert(claim.orElseThrow()).as(info.description());
    }

    /** Verifies that no claim's mentions diverge; other verdicts, such as {@code NOT_FOUND}, pass. */
    public CheckResultAssert hasNoDivergences() {
        isNotNull();
        List<ClaimResult> divergences = actual.divergences();
        if (!divergences.isEmpty()) {
            StringBuilder message = new StringBuilder("Expecting no divergences but ")
                    .append(Evidence.counted(divergences.size(), "claim"))
                    .append(divergences.size() == 1 ? " diverges:" : " diverge:");
            divergences.forEach(d -> message.append("\n  ")
                    .append(d.id())
                    .append(' ')
                    .append(Evidence.verdict(d))
                    .append(Evidence.mentions(d, "    ")));
            failWithMessage("%s", message);
        }
        return this;
    }

    /** Verifies that the check had the claim {@code id} and that its mentions diverge. */
    public CheckResultAssert hasDivergenceOn(String id) {
        claim(id).diverges();
        return this;
    }

    private static String ids(List<ClaimResult> claims) {
        return claims.isEmpty() ? "(none)" : Evidence.ids(claims);
    }
}
