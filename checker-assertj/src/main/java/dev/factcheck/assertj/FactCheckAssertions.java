package dev.factcheck.assertj;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.ClaimResult;

/**
 * The entry point of factcheck's AssertJ assertions: {@code import static
 * dev.factcheck.assertj.FactCheckAssertions.assertThat;}, then {@code assertThat(result).hasNoDivergences()}.
 */
public final class FactCheckAssertions {
    private FactCheckAssertions() {}

    /** Assertions on the result of a whole check. */
    public static CheckResultAssert assertThat(CheckResult actual) {
        return new CheckResultAssert(actual);
    }

    /** Assertions on the result for one claim. */
    public static ClaimResultAssert assertThat(ClaimResult actual) {
        return new ClaimResultAssert(actual);
    }
}
